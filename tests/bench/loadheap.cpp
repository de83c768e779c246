// The heap a quiz load needs: malloc, calloc, realloc and free are wrapped (for the whole
// process, Qt included) to keep the bytes live and their peak, and `loadQuizFile` runs once.
// Anonymous mmap and munmap are counted too (the YAML tree maps its blocks directly).
// Prints the peak of live heap bytes during the load above what was live before it, and
// what the result still holds. Usage: hitready-loadheap FILE

#include "loader.h"

#include <QCoreApplication>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <iterator>
#include <malloc.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

extern "C" {
void *__libc_malloc(size_t);
void *__libc_calloc(size_t, size_t);
void *__libc_realloc(void *, size_t);
void *__libc_memalign(size_t, size_t);
void __libc_free(void *);
}

namespace {

std::atomic<long long> live{0};
std::atomic<long long> peak{0};

void *counted(void *p)
{
    if (p) {
        const long long now = live += (long long)malloc_usable_size(p);
        long long top = peak.load(std::memory_order_relaxed);
        while (now > top && !peak.compare_exchange_weak(top, now))
            ;
    }
    return p;
}

void uncount(void *p)
{
    if (p)
        live -= (long long)malloc_usable_size(p);
}

// Anonymous mappings made through mmap(), to uncount them when unmapped.
struct Mapping
{
    void *at;
    size_t length;
};
Mapping mappings[4096];
std::atomic<int> mappingCount{0};

} // namespace

extern "C" {
void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset)
{
    void *at = reinterpret_cast<void *>(syscall(SYS_mmap, addr, length, prot, flags, fd, offset));
    if (at != MAP_FAILED && (flags & MAP_ANONYMOUS)) {
        const int i = mappingCount++;
        if (i < int(std::size(mappings))) {
            mappings[i] = {at, length};
            const long long now = live += (long long)length;
            long long top = peak.load();
            while (now > top && !peak.compare_exchange_weak(top, now))
                ;
        }
    }
    return at;
}
int munmap(void *addr, size_t length)
{
    const int n = std::min(mappingCount.load(), int(std::size(mappings)));
    for (int i = 0; i < n; ++i)
        if (mappings[i].at == addr) {
            live -= (long long)mappings[i].length;
            mappings[i].at = nullptr;
            break;
        }
    return int(syscall(SYS_munmap, addr, length));
}
void *malloc(size_t size)
{
    return counted(__libc_malloc(size));
}
void *calloc(size_t count, size_t size)
{
    return counted(__libc_calloc(count, size));
}
void *realloc(void *p, size_t size)
{
    uncount(p);
    void *q = __libc_realloc(p, size);
    if (!q && p && size) // failed: p is still live
        return counted(p), nullptr;
    return counted(q);
}
void free(void *p)
{
    uncount(p);
    __libc_free(p);
}
void *memalign(size_t alignment, size_t size)
{
    return counted(__libc_memalign(alignment, size));
}
void *aligned_alloc(size_t alignment, size_t size)
{
    return counted(__libc_memalign(alignment, size));
}
int posix_memalign(void **out, size_t alignment, size_t size)
{
    void *p = counted(__libc_memalign(alignment, size));
    if (!p)
        return 12; // ENOMEM
    *out = p;
    return 0;
}
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: hitready-loadheap FILE\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const long long before = live.load();
    peak = before;
    long long held = 0;
    qsizetype problems = 0;
    {
        const hitready::Result<hitready::Quiz> result = hitready::loadQuizFile(path);
        held = live.load() - before;
        problems = hitready::problemsOf(result).size();
    }
    std::printf("heap peak during load: %lld bytes; held by the result: %lld bytes; "
                "%lld problems\n",
                peak.load() - before, held, (long long)problems);
    return 0;
}
