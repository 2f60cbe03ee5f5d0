/* Never ends: forks N spinning children, one of which escapes the process group (setsid) and
 * leaves an orphaned grandchild, writes all their pids to PIDFILE, then spins itself:
 * `spinforever PIDFILE N`. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void spin(void)
{
    volatile unsigned long sink = 0;
    for (;;)
        sink++;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return 1;
    const int n = argc > 2 ? atoi(argv[2]) : 3;
    int pipefd[2];
    if (pipe(pipefd) != 0)
        return 1;
    FILE *out = fopen(argv[1], "w");
    if (!out)
        return 1;
    fprintf(out, "%d\n", (int)getpid());
    for (int i = 0; i < n; ++i) {
        const pid_t child = fork();
        if (child == 0) {
            if (i == 0) {
                /* Leaves the process group and orphans a grandchild: only a cgroup or a
                 * subreaper still finds it. */
                setsid();
                const pid_t grandchild = fork();
                if (grandchild == 0)
                    spin();
                (void)!write(pipefd[1], &grandchild, sizeof grandchild);
                _exit(0);
            }
            spin();
        }
        fprintf(out, "%d\n", (int)child);
    }
    pid_t grandchild = 0;
    if (read(pipefd[0], &grandchild, sizeof grandchild) == sizeof grandchild)
        fprintf(out, "%d\n", (int)grandchild);
    fclose(out);
    spin();
}
