/* A fork bomb that the launcher's process cap must contain. It is bounded on its own as well:
 * every process stops forking and exits after SECONDS (default 3), so a test that failed to cap
 * it cannot take the machine down for long: `forkbomb [SECONDS]`. */
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    const double end = now_s() + (argc > 1 ? atof(argv[1]) : 3);
    while (now_s() < end) {
        if (fork() < 0)
            usleep(1000); /* refused by the cap: keep trying, as a real bomb would */
    }
    return 0;
}
