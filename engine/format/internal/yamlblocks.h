#pragma once
// The memory of a YAML tree: nodes, child lists and scalar text are bump-allocated in large
// blocks, numbered in the order they were started, so a run of blocks that holds only subtrees
// already read (a quiz's items) can be given back before the load ends.

#include <cstddef>
#include <memory>
#include <new>
#include <vector>

namespace hitready {

class YamlBlocks
{
public:
    void *allocate(size_t bytes);
    template <typename T> T *make() { return new (allocate(sizeof(T))) T(); }
    template <typename T> const T *copy(const T *from, size_t count)
    {
        if (count == 0)
            return nullptr;
        T *to = static_cast<T *>(allocate(sizeof(T) * count));
        std::uninitialized_copy(from, from + count, to);
        return to;
    }

    // Blocks started so far; the last of them is the one being filled.
    size_t started() const { return m_blocks.size(); }
    // Frees blocks [first, end); what they held must never be read again.
    void release(size_t first, size_t end);

private:
    static constexpr size_t blockSize = 256 * 1024;

    struct Block
    {
        char *at = nullptr;
        size_t size = 0;
        bool mapped = false; // by mmap, else new[]
    };
    struct Unmap
    {
        void operator()(Block *block) const;
    };
    static std::unique_ptr<Block, Unmap> newBlock(size_t size);

    std::vector<std::unique_ptr<Block, Unmap>> m_blocks; // null once released
    char *m_next = nullptr;
    size_t m_left = 0;
};

} // namespace hitready
