// Sizing large buffers (a chapter's text and its offset maps) so that the kernel can back
// them with transparent huge pages.
//
// The reader's own work per byte is small; on multi-megabyte chapters a third of its time
// went to page faults on freshly allocated buffers, one per 4 KiB. Advising huge pages
// before the first touch turns that into one fault per 2 MiB where the kernel allows it
// (THP "madvise" or "always" mode); elsewhere the advice is simply ignored.
#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <cstdint>

namespace duikou::text {

inline constexpr size_t kHugePage = size_t{2} << 20;

// Advises huge pages for the 2 MiB-aligned part of [p, p + bytes).
inline void AdviseHugePages(void* p, size_t bytes) {
  const uintptr_t begin = (reinterpret_cast<uintptr_t>(p) + kHugePage - 1) & ~(kHugePage - 1);
  const uintptr_t end = (reinterpret_cast<uintptr_t>(p) + bytes) & ~(kHugePage - 1);
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
}

// Reserves room for `n` elements in `c` (a std::string or std::vector), advising huge pages
// for a new large block before anything touches it.
template <typename Container>
void ReserveLarge(Container* c, size_t n) {
  if (c->capacity() >= n) return;
  c->reserve(n);
  const size_t bytes = c->capacity() * sizeof(typename Container::value_type);
  if (bytes >= 2 * kHugePage) AdviseHugePages(c->data(), bytes);
}

// Resizes `c` to `n` elements, reserving through ReserveLarge first.
template <typename Container>
void ResizeLarge(Container* c, size_t n) {
  ReserveLarge(c, n);
  c->resize(n);
}

}  // namespace duikou::text
