#include "text/offset_map.h"

#include <algorithm>

#include "text/large_buffer.h"

namespace duikou::text {

uint32_t OffsetMap::operator[](size_t i) const {
  if (i >= text_size_) return end_;
  return At(FindRun(i, runs_.size()), i);
}

void OffsetMap::reserve(size_t runs) { ReserveLarge(&runs_, runs); }

void OffsetMap::clear() {
  runs_.clear();
  text_size_ = 0;
  next_source_ = kNoSource;
  end_ = 0;
  has_end_ = false;
}

size_t OffsetMap::FindRun(size_t i, size_t hint) const {
  const auto by_at = [](size_t v, const Run& r) { return v < r.at; };
  size_t lo = 0, hi = runs_.size();  // the run is in [lo, hi)
  if (hint < runs_.size()) {
    // Gallop from the hint, forward or back: nearby runs are found in a few steps.
    size_t step = 1;
    if (runs_[hint].at <= i) {
      lo = hint;
      while (lo + step < runs_.size() && runs_[lo + step].at <= i) {
        lo += step;
        step *= 2;
      }
      hi = std::min(lo + step, runs_.size());
    } else {
      hi = hint;
      while (hi > step && runs_[hi - step].at > i) {
        hi -= step;
        step *= 2;
      }
      lo = hi > step ? hi - step : 0;
    }
  }
  return static_cast<size_t>(std::upper_bound(runs_.begin() + static_cast<std::ptrdiff_t>(lo),
                                              runs_.begin() + static_cast<std::ptrdiff_t>(hi), i, by_at) -
                             runs_.begin()) -
         1;
}

void OffsetMap::SyncLast() {
  next_source_ = kNoSource;
  if (runs_.empty()) return;
  const Run& last = runs_.back();
  const size_t chars = (text_size_ - last.at) / last.text_width;
  if (chars > 1) next_source_ = uint64_t{last.source} + chars * last.source_width;
}

void OffsetMap::AddSlow(uint32_t source, unsigned text_width, unsigned source_width, size_t count) {
  if (!runs_.empty() && next_source_ == kNoSource && runs_.back().text_width == text_width) {
    // The last run has one character: the new characters fix its stride.
    Run& last = runs_.back();
    const uint64_t stride = uint64_t{source} - last.source;
    if (source >= last.source && stride < 256 && (count == 1 || source_width == stride)) {
      last.source_width = static_cast<uint8_t>(stride);
      text_size_ += count * text_width;
      next_source_ = source + count * stride;
      return;
    }
  }
  runs_.push_back(Run{static_cast<uint32_t>(text_size_), source, static_cast<uint8_t>(text_width),
                      static_cast<uint8_t>(count == 1 ? 0 : source_width)});
  text_size_ += count * text_width;
  next_source_ = count == 1 ? kNoSource : source + uint64_t{count} * source_width;
}

void OffsetMap::AppendPart(const OffsetMap& from, size_t r, size_t begin, size_t end, uint32_t shift) {
  const Run& run = from.runs_[r];
  const unsigned width = run.text_width;
  size_t c = (begin - run.at) / width;  // character of the run that byte `begin` belongs to
  auto source = [&](size_t k) { return run.source + static_cast<uint32_t>(k) * run.source_width + shift; };
  size_t i = begin;
  if (const size_t phase = (i - run.at) % width; phase != 0) {  // the tail of a character
    const size_t part = std::min<size_t>(width - phase, end - i);
    AddChar(source(c), static_cast<unsigned>(part));
    i += part;
    ++c;
  }
  if (const size_t n = (end - i) / width; n > 0) {
    Add(source(c), width, run.source_width, n);
    i += n * width;
    c += n;
  }
  if (i < end) AddChar(source(c), static_cast<unsigned>(end - i));  // the head of a character
}

void OffsetMap::AppendSlice(const OffsetMap& from, size_t begin, size_t end, uint32_t shift, size_t* hint) {
  if (begin >= end) return;
  const size_t first = from.FindRun(begin, hint ? *hint : from.runs_.size());
  const size_t last = from.FindRun(end - 1, first);
  if (hint) *hint = last;
  if (const size_t needed = runs_.size() + (last - first) + 3; runs_.capacity() < needed) {
    reserve(std::max(needed, 2 * runs_.capacity()));
  }
  AppendPart(from, first, begin, std::min(from.RunEnd(first), end), shift);
  if (first == last) return;
  // Whole runs in between are copied as they are, moved to this map's offsets.
  const size_t moved_from = from.runs_[first + 1].at;
  for (size_t r = first + 1; r < last; ++r) {
    Run run = from.runs_[r];
    run.at = static_cast<uint32_t>(run.at - moved_from + text_size_);
    run.source += shift;
    runs_.push_back(run);
  }
  text_size_ += from.runs_[last].at - moved_from;
  SyncLast();
  AppendPart(from, last, from.runs_[last].at, end, shift);
}

std::vector<uint32_t> OffsetMap::ToDense() const {
  std::vector<uint32_t> dense;
  dense.reserve(size());
  for (size_t r = 0; r < runs_.size(); ++r) {
    for (size_t i = runs_[r].at; i < RunEnd(r); ++i) dense.push_back(At(r, i));
  }
  if (has_end_) dense.push_back(end_);
  return dense;
}

OffsetMap OffsetMap::FromDense(const std::vector<uint32_t>& dense) {
  OffsetMap map;
  if (dense.empty()) return map;
  const size_t bytes = dense.size() - 1;
  for (size_t i = 0; i < bytes;) {
    size_t j = i + 1;
    while (j < bytes && j - i < 255 && dense[j] == dense[i]) ++j;
    map.AddChar(dense[i], static_cast<unsigned>(j - i));
    i = j;
  }
  map.SetEnd(dense.back());
  return map;
}

OffsetMap OffsetMap::Compose(const OffsetMap& outer, const OffsetMap& inner) {
  OffsetMap out;
  out.reserve(outer.runs_.size());
  size_t hint = 0;
  auto inner_at = [&](size_t d) {
    if (d >= inner.text_size_) return inner.end_;
    hint = inner.FindRun(d, hint);
    return inner.At(hint, d);
  };
  for (size_t r = 0; r < outer.runs_.size(); ++r) {
    const Run& o = outer.runs_[r];
    const size_t n = (outer.RunEnd(r) - o.at) / o.text_width;
    if (o.source_width == 0) {  // every character from one place
      out.Add(inner_at(o.source), o.text_width, 0, n);
      continue;
    }
    for (size_t k = 0; k < n;) {
      const size_t d = o.source + k * o.source_width;
      const uint32_t at = inner_at(d);
      size_t m = 1;
      unsigned stride = 0;
      if (d < inner.text_size_) {
        // Characters that step through the inner run one of its characters at a time
        // compose into one run.
        const Run& in = inner.runs_[hint];
        if ((d - in.at) % in.text_width == 0 && o.source_width == in.text_width) {
          m = std::min(n - k, (inner.RunEnd(hint) - d) / in.text_width);
          stride = in.source_width;
        }
      }
      out.Add(at, o.text_width, stride, m);
      k += m;
    }
  }
  if (outer.has_end_) out.SetEnd(inner_at(outer.end_));
  return out;
}

}  // namespace duikou::text
