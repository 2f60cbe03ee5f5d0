// Placeholder until the launcher lands: runs nothing.
int main()
{
    return 0;
}
