#include <cstdio>
#include <vector>

// The same, with the capacity reserved up front: no reallocation, no copying.
int main() {
    std::vector<int> v;
    v.reserve(20'000'000);
    for (int i = 0; i < 20'000'000; ++i)
        v.push_back(i);
    long long sum = 0;
    for (int x : v)
        sum += x;
    std::printf("%lld\n", sum);
}
