#include <stdio.h>
/* an ASCII Mandelbrot set in double precision, and a float Julia set checksum */
int main(void) {
    const char *shades = " .:-=+*#%@";
    for (int y = -12; y <= 12; y++) {
        char line[80]; int i = 0;
        for (int x = -39; x <= 20; x++) {
            double cr = x / 20.0, ci = y / 10.0, zr = 0, zi = 0; int k = 0;
            while (k < 100 && zr * zr + zi * zi <= 4.0) { double t = zr * zr - zi * zi + cr; zi = 2 * zr * zi + ci; zr = t; k++; }
            line[i++] = shades[k == 100 ? 9 : k % 9];
        }
        line[i] = 0; puts(line);
    }
    unsigned sum = 0;
    for (int y = 0; y < 64; y++) for (int x = 0; x < 64; x++) {
        float zr = (x - 32) / 20.0f, zi = (y - 32) / 20.0f; int k = 0;
        while (k < 50 && zr * zr + zi * zi < 4.0f) { float t = zr * zr - zi * zi - 0.8f; zi = 2 * zr * zi + 0.156f; zr = t; k++; }
        sum = sum * 31 + (unsigned)k;
    }
    printf("julia %u\n", sum);
    return 0;
}
