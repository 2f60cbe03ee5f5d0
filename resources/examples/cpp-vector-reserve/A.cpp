#include <cstdio>
#include <vector>

// push_back 20 million ints into a vector that grows as it goes.
int main() {
    std::vector<int> v;
    for (int i = 0; i < 20'000'000; ++i)
        v.push_back(i);
    long long sum = 0;
    for (int x : v)
        sum += x;
    std::printf("%lld\n", sum);
}
