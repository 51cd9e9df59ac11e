#!/usr/bin/env bash
# Re-shoot the output screenshots by the path an office's documents take: the sample reports in reports/ are
# scored into a store (with a roster, so 未报送 and 名单外 show), exported and turned into notices; the .docx
# and the .xlsx are converted to PDF by Debian's LibreOffice (headless) and the first page to PNG by pdftoppm;
# the html report is shot by headless Chromium. Needs libreoffice-writer/-calc, poppler-utils, chromium
# (.ci/run installs them). Run from anywhere:  docs/screenshots/make.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
shots=docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
xxgk=.venv/bin/xxgk
lo=(soffice "-env:UserInstallation=file://$work/lo" --headless --convert-to pdf --outdir "$work")

cat > "$work/名单.csv" <<'CSV'
单位名称,层级,类别,地区,别名,年度
云岭县人民政府,县级,县区,,,
石桥县人民政府,县级,县区,,,
白鹭县人民政府,县级,县区,,白鹭县政府,
石湾镇人民政府,乡镇,乡镇街道,临川县,,
CSV
reports=(reports/06-yunling-county-2021-badtables.txt reports/03-shiwan-town-2021.txt
         reports/19-shiqiao-county-2021-oldformat.txt reports/07-quantang-commerce-2021-placeholders.txt)
"$xxgk" score "${reports[@]}" --store "$work/runs.db" --roster "$work/名单.csv" --year 2021 \
  --title 2021年度报告考核 --today 2022-06-01 --format json > /dev/null
"$xxgk" export --store "$work/runs.db" --format html --out "$work/out"
"$xxgk" export --store "$work/runs.db" --format xlsx --out "$work/out"
"$xxgk" notice --store "$work/runs.db" --out "$work/通知" --date 2022-07-01

first_page() {  # PDF → PNG of page 1 at 96 dpi
  pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$1" "$2"
}
notice=$(ls "$work"/通知/*云岭县人民政府*整改通知.docx)
"${lo[@]}" "$notice" > /dev/null
first_page "$work/$(basename "${notice%.docx}").pdf" "$shots/notice-agency"
"${lo[@]}" "$work/通知/考核情况通报.docx" > /dev/null
first_page "$work/考核情况通报.pdf" "$shots/notice-summary"
"${lo[@]}" "$work/out/评分结果-第1批.xlsx" > /dev/null
first_page "$work/评分结果-第1批.pdf" "$shots/ranking-sheet-print"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2000 \
  --user-data-dir="$work/chromium" --screenshot="$shots/report-html.png" "file://$work/out/评分结果-第1批.html" \
  2> /dev/null
ls -l "$shots"/notice-*.png "$shots"/ranking-sheet-print.png "$shots"/report-html.png
