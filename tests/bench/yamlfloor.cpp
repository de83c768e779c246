// The floor for `hitready-cli lint`: a bare libyaml event loop over a whole file, keeping
// nothing. No Qt: the process is what any libyaml program costs. Exit 0 when the file parses.
// Usage: hitready-yamlfloor FILE

#include <yaml.h>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: hitready-yamlfloor FILE\n");
        return 2;
    }
    std::FILE *file = std::fopen(argv[1], "rb");
    if (!file) {
        std::perror(argv[1]);
        return 2;
    }
    std::fseek(file, 0, SEEK_END);
    std::vector<unsigned char> bytes(size_t(std::max(0L, std::ftell(file))));
    std::rewind(file);
    bytes.resize(std::fread(bytes.data(), 1, bytes.size(), file));
    std::fclose(file);

    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser))
        return 2;
    yaml_parser_set_input_string(&parser, bytes.data(), bytes.size());
    bool ok = true;
    for (bool done = false; !done;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            ok = false;
            break;
        }
        done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    return ok ? 0 : 1;
}
