// The `lantian` command line: parses arguments with CLI11 and runs one
// subcommand through the app facade. Errors go to stderr as
// "lantian: <Code>: message (field)" with the exit code of core/error_code.
#pragma once

namespace lantian::cli {

// Runs the command line and returns the process exit status.
int Run(int argc, char** argv);

}  // namespace lantian::cli
