// Prints the ISAs this build of rotary was compiled for, whether this CPU
// supports each, and the one apply() uses (ROTARY_ISA is honoured).
//
//   rotary_isa_list            # print only
//   rotary_isa_list sve2       # also exit 1 unless the active ISA is sve2
#include <cstdio>
#include <string>

#include "rotary/rotary.hpp"

int main(int argc, char** argv) {
  const std::string active = rotary::active_isa();
  for (const rotary::IsaInfo& info : rotary::compiled_isas()) {
    std::printf("%c %-9s %-13s %s\n", info.name == active ? '*' : ' ',
                info.name, info.supported ? "supported" : "not supported",
                info.description);
  }
  std::printf("active: %s\n", active.empty() ? "(none)" : active.c_str());
  if (argc > 1 && active != argv[1]) {
    std::fprintf(stderr, "expected active ISA '%s', got '%s'\n", argv[1],
                 active.c_str());
    return 1;
  }
  return 0;
}
