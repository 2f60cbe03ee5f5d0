/* Dies of a segmentation fault. */
int main(void)
{
    volatile int *nowhere = (volatile int *)0;
    *nowhere = 1;
    return 0;
}
