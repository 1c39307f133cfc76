/* rootvm x86 runtime: putchar, puts and the printf family, with exact float formatting
   (the decimal expansion of a double is exact, so %f %e %g round as glibc does). */
#include <stdarg.h>
typedef unsigned long size_t;
typedef unsigned long u64;
typedef unsigned int u32;

extern void __rootvm_put_byte(int c);
extern void __rootvm_eput_byte(int c);

/* Streams: stdout and stderr are tokens; every FILE * other than stderr writes to stdout. */
void *stdout = (void *)1;
void *stderr = (void *)2;
int fflush(void *f) { (void)f; return 0; }
extern size_t strlen(const char *s);

int putchar(int c) { __rootvm_put_byte(c & 255); return c & 255; }
int puts(const char *s) { while (*s) __rootvm_put_byte(*s++ & 255); __rootvm_put_byte('\n'); return 0; }

/* Output sink: stdout, or a buffer (sprintf/snprintf). */
typedef struct { char *buf; size_t cap; size_t len; int err; } sink;
static void out(sink *o, char c) {
    if (o->buf) { if (o->len + 1 < o->cap) o->buf[o->len] = c; }
    else if (o->err) __rootvm_eput_byte(c & 255);
    else __rootvm_put_byte(c & 255);
    o->len++;
}
static void pad(sink *o, char c, int n) { while (n-- > 0) out(o, c); }

/* Exact decimal digits of a finite double |v|: bignum numerator for the fraction. */
#define W 40
typedef struct { u32 w[W]; int n; } big;
static int big_zero(const big *b) { for (int i = 0; i < b->n; i++) if (b->w[i]) return 0; return 1; }
static u32 big_muladd(big *b, u32 m, u32 add) {
    u64 carry = add;
    for (int i = 0; i < b->n; i++) { u64 t = (u64)b->w[i] * m + carry; b->w[i] = (u32)t; carry = t >> 32; }
    if (carry && b->n < W) { b->w[b->n++] = (u32)carry; carry = 0; }
    return (u32)carry;
}
static u32 big_divsmall(big *b, u32 d) {
    u64 rem = 0;
    for (int i = b->n - 1; i >= 0; i--) { u64 t = (rem << 32) | b->w[i]; b->w[i] = (u32)(t / d); rem = t % d; }
    while (b->n > 0 && b->w[b->n - 1] == 0) b->n--;
    return (u32)rem;
}
/* Exact decimal digits of a finite double |v| into d (NUL-terminated): the integer digits
   (at least one), then fraction digits, at most max in total. Returns the number of integer
   digits; *nd is the total. With skip, zero fraction digits right after a zero integer part
   are not stored but counted in *lead. *sticky is 1 if nonzero digits were cut off. */
static int decimal(double v, char *d, int max, int skip, int *lead, int *nd, int *sticky) {
    union { double f; u64 u; } x = { v };
    int exp = (int)((x.u >> 52) & 0x7ff);
    u64 m = x.u & ((1UL << 52) - 1);
    if (exp) m |= 1UL << 52; else exp = 1;
    exp -= 1075;
    big ip = { {0}, 0 }, fr = { {0}, 0 };
    int fbits = 0;
    if (exp >= 0) {
        ip.w[0] = (u32)m; ip.w[1] = (u32)(m >> 32); ip.n = 2;
        for (int i = 0; i < exp; i++) big_muladd(&ip, 2, 0);
    } else {
        fbits = -exp;
        u64 ipart = fbits >= 64 ? 0 : m >> fbits;
        ip.w[0] = (u32)ipart; ip.w[1] = (u32)(ipart >> 32); ip.n = 2;
        u64 f = fbits >= 64 ? m : m & ((1UL << fbits) - 1);
        int words = (fbits + 31) / 32 + 2;
        fr.n = words < W ? words : W;
        fr.w[0] = (u32)f; fr.w[1] = (u32)(f >> 32);
    }
    while (ip.n > 0 && ip.w[ip.n - 1] == 0) ip.n--;
    char tmp[400];
    int ni = 0;
    while (!big_zero(&ip) && ni < 400) tmp[ni++] = (char)('0' + big_divsmall(&ip, 10));
    if (ni == 0) tmp[ni++] = '0';
    int n = 0;
    for (int i = ni - 1; i >= 0; i--) d[n++] = tmp[i];
    *lead = 0;
    int started = !(skip && ni == 1 && tmp[0] == '0');
    while (n < max && !big_zero(&fr)) {
        big_muladd(&fr, 10, 0);
        int wi = fbits / 32, bi = fbits % 32;
        u64 hi = (wi + 1 < fr.n) ? fr.w[wi + 1] : 0;
        u32 digit = (u32)(((hi << 32) | fr.w[wi]) >> bi);
        fr.w[wi] &= bi ? ((1u << bi) - 1) : 0;
        for (int i = wi + 1; i < fr.n; i++) fr.w[i] = 0;
        if (!started && digit == 0) { (*lead)++; continue; }
        started = 1;
        d[n++] = (char)('0' + digit);
    }
    d[n] = 0;
    *nd = n;
    *sticky = !big_zero(&fr);
    return ni;
}
/* Rounds digits d[0..n) to keep digits (zero-filling up to keep), half to even on exact ties;
   returns 1 when the carry runs out of the first digit (then d[0..keep) are all '0'). */
static int round_digits(char *d, int n, int keep, int sticky) {
    if (keep >= n) { for (int i = n; i < keep; i++) d[i] = '0'; return 0; }
    if (keep < 0) return 0;
    int up = 0;
    if (d[keep] > '5') up = 1;
    else if (d[keep] == '5') {
        int rest = sticky;
        for (int i = keep + 1; i < n; i++) if (d[i] != '0') rest = 1;
        up = rest || (keep > 0 && (d[keep - 1] - '0') % 2 == 1);
    }
    if (!up) return 0;
    for (int i = keep - 1; i >= 0; i--) { if (d[i] == '9') d[i] = '0'; else { d[i]++; return 0; } }
    return 1;
}

/* Significant digits of v rounded to p digits into sd[0..p), returns the decimal exponent. */
static int sig_digits(double v, int p, char *sd) {
    static char d[1200];
    int lead, nd, sticky;
    int ni = decimal(v, d, 1150, 1, &lead, &nd, &sticky);
    char *s = d;
    int x;
    if (v == 0.0) { x = 0; }
    else if (ni == 1 && d[0] == '0') { x = -lead - 1; s = d + 1; nd -= 1; }
    else x = ni - 1;
    if (round_digits(s, nd, p, sticky)) { s[0] = '1'; for (int i = 1; i < p; i++) s[i] = '0'; x++; }
    for (int i = 0; i < p; i++) sd[i] = s[i];
    return x;
}

/* Formats a finite nonnegative double into s (no sign) in %f, %e or %g style. */
static int fmt_double(double v, char conv, int prec, int alt, char *s) {
    static char d[1300];
    int g = conv == 'g' || conv == 'G', upper = conv == 'E' || conv == 'G';
    int style_e = conv == 'e' || conv == 'E';
    if (g) {
        if (prec == 0) prec = 1;
        int x = sig_digits(v, prec, d);
        if (x < -4 || x >= prec) { style_e = 1; prec = prec - 1; }
        else prec = prec - 1 - x;
    }
    if (prec > 1000) prec = 1000;
    int k = 0;
    if (style_e) {
        int x = sig_digits(v, prec + 1, d);
        int last = prec;
        if (g && !alt) while (last > 0 && d[last] == '0') last--;
        s[k++] = d[0];
        if (last > 0 || alt) s[k++] = '.';
        for (int i = 1; i <= last; i++) s[k++] = d[i];
        s[k++] = upper ? 'E' : 'e';
        s[k++] = x < 0 ? '-' : '+';
        int ax = x < 0 ? -x : x;
        if (ax >= 100) s[k++] = (char)('0' + ax / 100);
        s[k++] = (char)('0' + ax / 10 % 10);
        s[k++] = (char)('0' + ax % 10);
    } else {
        int lead, nd, sticky;
        char *dd = d + 1;
        int ni = decimal(v, dd, 1150, 0, &lead, &nd, &sticky);
        if (round_digits(dd, nd, ni + prec, sticky)) { dd = d; dd[0] = '1'; ni++; }
        int last = prec;
        if (g && !alt) while (last > 0 && dd[ni + last - 1] == '0') last--;
        for (int i = 0; i < ni; i++) s[k++] = dd[i];
        if (last > 0 || alt) s[k++] = '.';
        for (int i = 0; i < last; i++) s[k++] = dd[ni + i];
    }
    s[k] = 0;
    return k;
}

static int vformat(sink *o, const char *f, va_list ap) {
    for (; *f; f++) {
        if (*f != '%') { out(o, *f); continue; }
        f++;
        int left = 0, zero = 0, plus = 0, space = 0, alt = 0, width = 0, prec = -1, lng = 0;
        for (;; f++) {
            if (*f == '-') left = 1; else if (*f == '0') zero = 1; else if (*f == '+') plus = 1;
            else if (*f == ' ') space = 1; else if (*f == '#') alt = 1; else break;
        }
        if (*f == '*') { width = va_arg(ap, int); if (width < 0) { left = 1; width = -width; } f++; }
        else while (*f >= '0' && *f <= '9') width = width * 10 + (*f++ - '0');
        if (*f == '.') {
            f++; prec = 0;
            if (*f == '*') { prec = va_arg(ap, int); f++; }
            else while (*f >= '0' && *f <= '9') prec = prec * 10 + (*f++ - '0');
        }
        while (*f == 'l' || *f == 'h' || *f == 'z' || *f == 'j' || *f == 't') { if (*f != 'h') lng = 1; f++; }
        char buf[1300];
        char *s = buf;
        int len = 0;
        char sign = 0;
        char c = *f;
        if (c == 'd' || c == 'i' || c == 'u' || c == 'x' || c == 'X' || c == 'o' || c == 'p') {
            u64 u;
            if (c == 'p') { u = (u64)va_arg(ap, void *); lng = 1; alt = 1; }
            else if (c == 'd' || c == 'i') {
                long sv = lng ? va_arg(ap, long) : va_arg(ap, int);
                if (sv < 0) { sign = '-'; u = (u64)0 - (u64)sv; } else { u = (u64)sv; if (plus) sign = '+'; else if (space) sign = ' '; }
            } else u = lng ? va_arg(ap, u64) : va_arg(ap, unsigned);
            u32 base = (c == 'x' || c == 'X' || c == 'p') ? 16 : c == 'o' ? 8 : 10;
            const char *dig = c == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
            char tmp[32]; int n = 0;
            while (u) { tmp[n++] = dig[u % base]; u /= base; }
            int p = prec < 0 ? 1 : prec;
            while (n < p) tmp[n++] = '0';
            if (alt && base == 16 && (c == 'p' || tmp[0] != '0' || n > 1)) { tmp[n++] = c == 'X' ? 'X' : 'x'; tmp[n++] = '0'; }
            if (alt && base == 8 && tmp[n - 1] != '0') tmp[n++] = '0';
            for (int i = 0; i < n; i++) buf[i] = tmp[n - 1 - i];
            len = n;
            if (prec >= 0) zero = 0;
        } else if (c == 'f' || c == 'F' || c == 'e' || c == 'E' || c == 'g' || c == 'G') {
            double v = va_arg(ap, double);
            union { double f; u64 u; } x = { v };
            if (x.u >> 63) { sign = '-'; v = -v; } else if (plus) sign = '+'; else if (space) sign = ' ';
            if (v != v) { s = (c >= 'a') ? "nan" : "NAN"; len = 3; zero = 0; }
            else if (v > 1.7976931348623157e308) { s = (c >= 'a') ? "inf" : "INF"; len = 3; zero = 0; }
            else len = fmt_double(v, c, prec < 0 ? 6 : prec, alt, buf);
        } else if (c == 'c') { buf[0] = (char)va_arg(ap, int); len = 1; }
        else if (c == 's') {
            s = va_arg(ap, char *);
            if (!s) s = "(null)";
            len = 0; while (s[len] && (prec < 0 || len < prec)) len++;
        } else if (c == '%') { buf[0] = '%'; len = 1; }
        else if (c == 0) break;
        else { buf[0] = '%'; buf[1] = c; len = 2; }
        int total = len + (sign ? 1 : 0);
        if (!left && !zero) pad(o, ' ', width - total);
        if (sign) out(o, sign);
        if (!left && zero) pad(o, '0', width - total);
        for (int i = 0; i < len; i++) out(o, s[i]);
        if (left) pad(o, ' ', width - total);
    }
    return (int)o->len;
}

int vprintf(const char *f, va_list ap) { sink o = { 0, 0, 0, 0 }; return vformat(&o, f, ap); }
int vfprintf(void *stream, const char *f, va_list ap) { sink o = { 0, 0, 0, stream == stderr }; return vformat(&o, f, ap); }
int fprintf(void *stream, const char *f, ...) { va_list ap; va_start(ap, f); int n = vfprintf(stream, f, ap); va_end(ap); return n; }
int fputc(int c, void *stream) { if (stream == stderr) __rootvm_eput_byte(c & 255); else __rootvm_put_byte(c & 255); return c & 255; }
int putc(int c, void *stream) { return fputc(c, stream); }
int fputs(const char *s, void *stream) { while (*s) fputc(*s++, stream); return 0; }
size_t fwrite(const void *p, size_t size, size_t n, void *stream) {
    const char *s = p;
    for (size_t i = 0; i < size * n; i++) fputc(s[i], stream);
    return n;
}
int printf(const char *f, ...) { va_list ap; va_start(ap, f); int n = vprintf(f, ap); va_end(ap); return n; }
int vsnprintf(char *b, size_t n, const char *f, va_list ap) {
    sink o = { b, n, 0, 0 };
    int r = vformat(&o, f, ap);
    if (n) b[o.len < n ? o.len : n - 1] = 0;
    return r;
}
int snprintf(char *b, size_t n, const char *f, ...) { va_list ap; va_start(ap, f); int r = vsnprintf(b, n, f, ap); va_end(ap); return r; }
int sprintf(char *b, const char *f, ...) { va_list ap; va_start(ap, f); int r = vsnprintf(b, (size_t)1 << 30, f, ap); va_end(ap); return r; }
