#include "yamlblocks.h"

#include <QtGlobal>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#endif

namespace hitready {

void *YamlBlocks::allocate(size_t bytes)
{
    bytes = (bytes + 7) & ~size_t(7);
    if (bytes > m_left) {
        const size_t size = std::max(bytes, blockSize);
        m_blocks.push_back(newBlock(size));
        m_next = m_blocks.back()->at;
        m_left = size;
    }
    void *at = m_next;
    m_next += bytes;
    m_left -= bytes;
    return at;
}

void YamlBlocks::release(size_t first, size_t end)
{
    // The block being filled stays, whatever the caller asks.
    end = std::min(end, m_blocks.empty() ? 0 : m_blocks.size() - 1);
    for (size_t i = first; i < end; ++i)
        m_blocks[i].reset();
}

// Fresh memory faults in one page at a time, and a fault costs more than filling the page:
// where the system can, a block's pages are all mapped at once.
std::unique_ptr<YamlBlocks::Block, YamlBlocks::Unmap> YamlBlocks::newBlock(size_t size)
{
    std::unique_ptr<Block, Unmap> block(new Block{nullptr, size, false});
#ifdef MAP_POPULATE
    void *at = mmap(nullptr, size, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
    if (at != MAP_FAILED) {
        block->at = static_cast<char *>(at);
        block->mapped = true;
        return block;
    }
#endif
    block->at = new char[size];
    return block;
}

void YamlBlocks::Unmap::operator()(Block *block) const
{
#ifdef MAP_POPULATE
    if (block->mapped)
        munmap(block->at, block->size);
    else
#endif
        delete[] block->at;
    delete block;
}

} // namespace hitready
