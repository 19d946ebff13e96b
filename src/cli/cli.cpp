#include "cli/cli.hpp"

#include <iostream>

#include "cli/command.hpp"

namespace lantian::cli {

int Run(int argc, char** argv) {
  CLI::App root{
      "lantian (蓝天): runs the 2020-2021 autumn-winter air-pollution campaign of "
      "Beijing-Tianjin-Hebei and surrounding areas and the Fenwei Plain.",
      "lantian"};
  root.require_subcommand(1);
  root.set_version_flag("--version", "lantian 0.1.0");
  Action action;
  AddInit(root, action);
  AddImport(root, action);
  AddAq(root, action);
  AddDemoData(root, action);
  AddReport(root, action);
  AddUser(root, action);
  AddAudit(root, action);
  AddAssess(root, action);
  AddRank(root, action);
  AddTargets(root, action);
  AddDust(root, action);
  AddAlert(root, action);
  AddList(root, action);
  AddVerify(root, action);
  AddHj212(root, action);
  AddElectricity(root, action);
  AddEnforcement(root, action);
  AddTampering(root, action);
  AddTasks(root, action);
  AddProblems(root, action);
  AddFires(root, action);
  AddWorkshops(root, action);
  AddNetwork(root, action);
  AddServe(root, action);
  SetCommandLine(argc, argv);
  try {
    root.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return root.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return root.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return root.exit(e);
  } catch (const CLI::ParseError& e) {
    root.exit(e);
    return core::Info(core::ErrorCode::kInvalidInput).exit_code;
  }
  return action ? action() : 0;
}

}  // namespace lantian::cli
