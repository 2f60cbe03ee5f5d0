#include <cstdio>
#include <map>

// Insert and look up a million keys in a std::map (a balanced tree).
int main() {
    std::map<int, int> m;
    for (int i = 0; i < 1'000'000; ++i)
        m[int((i * 7919LL) % 1'000'003)] = i;
    long long hits = 0;
    for (int i = 0; i < 1'000'000; ++i)
        hits += m.count(i);
    std::printf("%lld\n", hits);
}
