// The lantian command: a thin main over the CLI.
#include "cli/cli.hpp"

int main(int argc, char** argv) { return lantian::cli::Run(argc, argv); }
