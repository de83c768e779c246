// Whole-process `hitready-cli lint` against its floor, a bare libyaml event loop over the same
// file (hitready-yamlfloor), run in turn so both see the same machine load. Prints the median
// wall time and peak RSS (/usr/bin/time) of each, their ratio, lint's RSS above an idle
// hitready-cli (`--version`: Qt and the program, no quiz) as a ratio to the file, and the heap
// a load needs (hitready-loadheap). Timings decide nothing: this is `make bench`, never a test.
// Usage: hitready-lintbench BIN_DIR [ITEMS] [RUNS]

#include "quizgenerator.h"

#include <QDir>
#include <QFile>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace {

struct Run
{
    double ms = 0;
    int exitCode = -1;
};

// Runs `argv` with stdout and stderr on /dev/null; its wall time and peak RSS.
Run run(const std::vector<std::string> &argv)
{
    std::vector<char *> args;
    for (const std::string &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    Run r;
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ) != 0) {
        std::perror(args[0]);
        posix_spawn_file_actions_destroy(&actions);
        return r;
    }
    int status = 0;
    waitpid(pid, &status, 0);
    r.ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    posix_spawn_file_actions_destroy(&actions);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

// Peak RSS in KiB of `argv`, as /usr/bin/time reports it (a child spawned here would inherit
// this process's high-water mark), or -1 without /usr/bin/time.
long peakRssKiB(const std::vector<std::string> &argv)
{
    const std::string report = "/tmp/hitready-lintbench-rss-" + std::to_string(getpid());
    std::vector<std::string> timed{"/usr/bin/time", "-f", "%M", "-o", report};
    timed.insert(timed.end(), argv.begin(), argv.end());
    if (access(timed[0].c_str(), X_OK) != 0 || run(timed).exitCode < 0)
        return -1;
    long kib = -1;
    if (std::FILE *f = std::fopen(report.c_str(), "r")) {
        if (std::fscanf(f, "%ld", &kib) != 1)
            kib = -1;
        std::fclose(f);
    }
    std::remove(report.c_str());
    return kib;
}

template <typename T> T median(std::vector<T> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: hitready-lintbench BIN_DIR [ITEMS] [RUNS]\n");
        return 2;
    }
    const std::string bin = argv[1];
    const int items = argc > 2 ? std::atoi(argv[2]) : 5000;
    const int runs = argc > 3 ? std::atoi(argv[3]) : 15;
    const QString benchDir = QString::fromLocal8Bit(argv[1]) + QStringLiteral("/../bench");
    QDir().mkpath(benchDir);
    const QString path = benchDir + QStringLiteral("/lint-%1.yaml").arg(items);
    QFile file(path);
    const QByteArray yaml = hitready::bench::generateRealisticQuizYaml(items);
    if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 2;
    }
    file.close();
    const std::string quiz = QFile::encodeName(path).toStdString();
    const std::vector<std::string> floorCommand{bin + "/hitready-yamlfloor", quiz};
    const std::vector<std::string> lintCommand{bin + "/hitready-cli", "lint", quiz};
    const std::vector<std::string> idleCommand{bin + "/hitready-cli", "--version"};

    // A warm-up of each (page cache, dynamic loader), which must succeed: lint finds no
    // problem in a generated quiz.
    if (run(floorCommand).exitCode != 0 || run(lintCommand).exitCode != 0) {
        std::fprintf(stderr, "the generated quiz does not lint clean: run %s\n",
                     (bin + "/hitready-cli lint " + quiz).c_str());
        return 1;
    }
    std::vector<double> floorMs, lintMs, ratios;
    std::vector<long> floorRss, lintRss, idleRss;
    for (int i = 0; i < runs; ++i) {
        const Run f = run(floorCommand);
        const Run l = run(lintCommand);
        floorMs.push_back(f.ms);
        lintMs.push_back(l.ms);
        ratios.push_back(l.ms / f.ms);
    }
    for (int i = 0; i < 3; ++i) {
        floorRss.push_back(peakRssKiB(floorCommand));
        lintRss.push_back(peakRssKiB(lintCommand));
        idleRss.push_back(peakRssKiB(idleCommand));
    }
    const double mib = 1024.0 * 1024.0;
    const double fileMiB = double(yaml.size()) / mib;
    std::printf("lint of a generated %d-item quiz (%.2f MiB), %d runs each, in turn:\n", items,
                fileMiB, runs);
    std::printf("  bare libyaml event loop: median %6.1f ms, peak RSS %6.1f MiB\n", median(floorMs),
                double(median(floorRss)) / 1024);
    std::printf("  hitready-cli lint:       median %6.1f ms, peak RSS %6.1f MiB (%.1fx the file)\n",
                median(lintMs), double(median(lintRss)) / 1024,
                double(median(lintRss)) * 1024 / double(yaml.size()));
    const double aboveIdle = double(median(lintRss) - median(idleRss)) * 1024;
    std::printf("  idle hitready-cli:       peak RSS %6.1f MiB; lint above it %.1f MiB (%.1fx the "
                "file)\n",
                double(median(idleRss)) / 1024, aboveIdle / mib, aboveIdle / double(yaml.size()));
    std::printf("  lint / libyaml: %.2fx (ratio of medians), median of run ratios %.2fx "
                "(goal <= 2x)\n",
                median(lintMs) / median(floorMs), median(ratios));
    std::fflush(stdout);
    const std::string heap = bin + "/hitready-loadheap '" + quiz + "'";
    if (std::FILE *pipe = popen(heap.c_str(), "r")) {
        char line[512];
        long long peak = -1;
        while (std::fgets(line, sizeof line, pipe))
            if (std::sscanf(line, "heap peak during load: %lld", &peak) == 1)
                std::printf("  %s", line);
        pclose(pipe);
        if (peak >= 0)
            std::printf("  heap peak of the load: %.1f MiB (%.1fx the file; goal <= 4x)\n",
                        double(peak) / mib, double(peak) / double(yaml.size()));
    }
    return 0;
}
