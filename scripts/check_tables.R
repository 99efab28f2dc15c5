# Reads the tidy CSV tables written by `export_tables` with base R, as a user would
# (read.csv), and checks that every row arrived and that dates and counts have their
# types. Usage: Rscript scripts/check_tables.R DIR (run by .ci/run).
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
expected <- read.csv(file.path(dir, "rows.csv"), stringsAsFactors = FALSE)
problems <- character(0)
for (i in seq_len(nrow(expected))) {
  name <- expected$file[i]
  # na.strings = "" : an empty cell means none; "NA" stays text (Namibia's ISO code).
  t <- read.csv(file.path(dir, name), stringsAsFactors = FALSE, na.strings = "",
                encoding = "UTF-8")
  if (nrow(t) != expected$rows[i]) {
    problems <- c(problems, sprintf("%s: %d rows read, %d written", name, nrow(t), expected$rows[i]))
  }
  for (col in intersect(c("start", "end", "date", "adopted", "until"), names(t))) {
    v <- t[[col]]
    parsed <- as.Date(v, format = "%Y-%m-%d")
    if (any(is.na(parsed) & !is.na(v))) {
      problems <- c(problems, sprintf("%s: %s holds a value that is not a date", name, col))
    }
  }
  for (col in intersect(c("male", "female", "unspecified", "total", "quantity", "year",
                               "active_days", "personnel", "personnel_reports", "authorized",
                               "contributors", "fatalities", "malicious_fatalities",
                               "host_battle_deaths"), names(t))) {
    v <- t[[col]][!is.na(t[[col]])]
    if (length(v) > 0 && !is.numeric(v)) {
      problems <- c(problems, sprintf("%s: %s is not numeric", name, col))
    }
  }
  cat(sprintf("%s: %s: %d rows x %d columns\n", R.version.string, name, nrow(t), ncol(t)))
}
if (length(problems) > 0) {
  cat(problems, sep = "\n", file = stderr())
  quit(status = 1)
}
