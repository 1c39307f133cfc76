/* rootvm x86 runtime: the entry point, linked only with programs that define main. */
typedef unsigned long size_t;
extern void exit(int status);
extern void *malloc(size_t n);
extern int __rootvm_arg_count(void);
extern int __rootvm_arg_len(int i);
extern int __rootvm_arg_byte(int i, int j);

extern int main(int argc, char **argv);

/* The entry point rootc runs: argv from the std module's arguments, then main, then exit. */
int __rootvm_start(void) {
    int argc = __rootvm_arg_count() + 1;
    char **argv = malloc(sizeof(char *) * (size_t)(argc + 1));
    argv[0] = "prog";
    for (int i = 1; i < argc; i++) {
        int len = __rootvm_arg_len(i - 1);
        char *s = malloc((size_t)len + 1);
        for (int j = 0; j < len; j++) s[j] = (char)__rootvm_arg_byte(i - 1, j);
        s[len] = 0;
        argv[i] = s;
    }
    argv[argc] = 0;
    exit(main(argc, argv));
    return 0;
}
