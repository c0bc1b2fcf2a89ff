/* bench-libxlsxwriter OUT ROWS COLS [--constant-memory]: the sheet of scripts/bench_data.py written with
 * libxlsxwriter (Debian's libxlsxwriter-dev), for `make bench`. Same cells as Benchmarks/Sources/BenchWrite. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

static const char *words[] = {
    "行政许可", "行政处罚", "行政强制", "行政事业性收费", "政府信息公开", "依申请公开", "主动公开", "行政复议",
    "行政诉讼", "维持", "纠正", "其他结果", "尚未审结", "自然人", "商业企业", "科研机构", "社会公益组织",
    "法律服务机构", "本年新收", "上年结转", "予以公开", "部分公开", "不予公开", "无法提供", "不予处理",
};
static const int word_count = sizeof(words) / sizeof(words[0]);
static const char *title = "某某县2024年政府信息公开工作年度报告（基准测试）";

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: bench-libxlsxwriter OUT ROWS COLS [--constant-memory]\n");
        return 64;
    }
    long rows = atol(argv[2]);
    int columns = atoi(argv[3]);
    lxw_workbook_options options = {.constant_memory = argc > 4 && strcmp(argv[4], "--constant-memory") == 0};
    lxw_workbook *workbook = workbook_new_opt(argv[1], &options);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Sheet1");
    worksheet_merge_range(sheet, 0, 0, 0, (lxw_col_t)(columns - 1), title, NULL);
    char text[128];
    for (long row = 0; row < rows; row++) {
        for (int column = 0; column < columns; column++) {
            if (column % 2 == 0) {
                long value = (row * 7919 + column * 104729L) % 1000000;
                double number = column % 4 == 0 ? (double)value : (double)(value / 100) + (value % 100) / 100.0;
                worksheet_write_number(sheet, (lxw_row_t)(row + 1), (lxw_col_t)column, number, NULL);
            } else {
                snprintf(text, sizeof text, "%s%s%ld", words[(row * 7 + column) % word_count],
                         words[(row * 13 + column * 3) % word_count], (row + column) % 40);
                worksheet_write_string(sheet, (lxw_row_t)(row + 1), (lxw_col_t)column, text, NULL);
            }
        }
    }
    lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR) {
        fprintf(stderr, "bench-libxlsxwriter: %s\n", lxw_strerror(error));
        return 2;
    }
    printf("cells=%ld\n", rows * columns + 1);
    return 0;
}
