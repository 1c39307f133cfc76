#include <stdio.h>
#include <emmintrin.h>
/* SSE2 intrinsics: saturating arithmetic, high multiplies, multiply-add, sums of absolute
   differences, packs, compares and minps/maxps with NaN and signed zeros */
__attribute__((noipa)) static void show16p(const char *tag, const __m128i *v) { short s[8]; _mm_storeu_si128((__m128i *)s, *v); printf("%s", tag); for (int i = 0; i < 8; i++) printf(" %d", s[i]); printf("\n"); }
__attribute__((noipa)) static void show8p(const char *tag, const __m128i *v) { unsigned char s[16]; _mm_storeu_si128((__m128i *)s, *v); printf("%s", tag); for (int i = 0; i < 16; i++) printf(" %u", s[i]); printf("\n"); }
__attribute__((noipa)) static void show32p(const char *tag, const __m128i *v) { int s[4]; _mm_storeu_si128((__m128i *)s, *v); printf("%s %d %d %d %d\n", tag, s[0], s[1], s[2], s[3]); }
__attribute__((noipa)) static void showpsp(const char *tag, const __m128 *v) { float f[4]; _mm_storeu_ps(f, *v); printf("%s %g %g %g %g\n", tag, f[0], f[1], f[2], f[3]); }
/* Vectors go to functions by pointer: lifted calls pass only the low halves of XMM
   registers; noipa keeps gcc from turning the pointers back into vectors. */
#define show16(tag, e) do { __m128i t_ = (e); show16p(tag, &t_); } while (0)
#define show8(tag, e) do { __m128i t_ = (e); show8p(tag, &t_); } while (0)
#define show32(tag, e) do { __m128i t_ = (e); show32p(tag, &t_); } while (0)
#define showps(tag, e) do { __m128 t_ = (e); showpsp(tag, &t_); } while (0)
int main(void) {
    __m128i a = _mm_setr_epi16(32000, -32000, 100, -100, 30000, -1, 0, 12345);
    __m128i b = _mm_setr_epi16(1000, -1000, -200, 50, 30000, -32768, 7, -12345);
    show16("adds", _mm_adds_epi16(a, b));
    show16("subs", _mm_subs_epi16(a, b));
    show16("addsu", _mm_adds_epu16(a, b));
    show16("subsu", _mm_subs_epu16(a, b));
    show16("mulhi", _mm_mulhi_epi16(a, b));
    show16("mulhiu", _mm_mulhi_epu16(a, b));
    show16("mullo", _mm_mullo_epi16(a, b));
    show32("madd", _mm_madd_epi16(a, b));
    __m128i x = _mm_setr_epi8(1, 2, 3, 127, -128, -1, 100, -100, 50, 60, 70, 80, 90, 100, 110, 120);
    __m128i y = _mm_setr_epi8(127, 127, 127, 1, -1, -128, 100, 100, -50, -60, 70, 80, 90, 100, 110, 120);
    show8("addsb", _mm_adds_epi8(x, y));
    show8("subsb", _mm_subs_epi8(x, y));
    show8("addusb", _mm_adds_epu8(x, y));
    show8("subusb", _mm_subs_epu8(x, y));
    show8("cmpgt", _mm_cmpgt_epi8(x, y));
    show8("avg", _mm_avg_epu8(x, y));
    __m128i sad = _mm_sad_epu8(x, y);
    printf("sad %lld %lld\n", (long long)_mm_cvtsi128_si64(sad), (long long)_mm_cvtsi128_si64(_mm_srli_si128(sad, 8)));
    show16("packs", _mm_packs_epi32(_mm_setr_epi32(70000, -70000, 5, -5), _mm_setr_epi32(32767, -32768, 40000, 0)));
    show8("packus", _mm_packus_epi16(a, b));
    show8("packss", _mm_packs_epi16(a, b));
    printf("movemask %d\n", _mm_movemask_epi8(_mm_cmpeq_epi8(x, y)));
    volatile float zero = 0.0f;
    float nan = zero / zero;
    __m128 p = _mm_setr_ps(1.0f, nan, -0.0f, 3.0f);
    __m128 q = _mm_setr_ps(nan, 2.0f, 0.0f, -3.0f);
    showps("minps", _mm_min_ps(p, q));
    showps("maxps", _mm_max_ps(p, q));
    showps("minps2", _mm_min_ps(q, p));
    showps("maxps2", _mm_max_ps(q, p));
    __m128d dp = _mm_setr_pd(-0.0, 5.0), dq = _mm_setr_pd(0.0, (double)nan);
    double r[2]; _mm_storeu_pd(r, _mm_min_pd(dp, dq)); printf("minpd %g %g\n", r[0], r[1]);
    _mm_storeu_pd(r, _mm_max_pd(dq, dp)); printf("maxpd %g %g\n", r[0], r[1]);
    __m128i m = _mm_mul_epu32(_mm_setr_epi32(-1, 0, 123456789, 0), _mm_setr_epi32(-1, 0, 987654321, 0));
    long long mm[2]; _mm_storeu_si128((__m128i *)mm, m); printf("muludq %llu %llu\n", (unsigned long long)mm[0], (unsigned long long)mm[1]);
    show32("sra", _mm_srai_epi32(_mm_setr_epi32(-100, 100, -1, 1 << 30), 3));
    show16("shuf", _mm_shufflehi_epi16(_mm_shufflelo_epi16(a, 0x1B), 0x4E));
    return 0;
}
