#include <cstdio>
#include <unordered_map>

// The same with std::unordered_map (a hash table).
int main() {
    std::unordered_map<int, int> m;
    m.reserve(1'000'000);
    for (int i = 0; i < 1'000'000; ++i)
        m[int((i * 7919LL) % 1'000'003)] = i;
    long long hits = 0;
    for (int i = 0; i < 1'000'000; ++i)
        hits += m.count(i);
    std::printf("%lld\n", hits);
}
