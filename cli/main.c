/* placeholder replaced by the CLI module */
int main(void) { return 0; }
