#!/bin/sh
# Re-makes the text screenshots in this folder: the pretty report in a 100-column tmux pane, in Vietnamese.
# Run from the repository root after `npm run build`: sh docs/screenshots/capture.sh
set -eu
shot() { # $1 = output file, $2… = promptgate arguments
  out=$1; shift
  tmux -L pg-shot new-session -d -s shot -x 100 -y 50 "NO_COLOR=1 node bin/promptgate.js $*; tmux -L pg-shot wait-for -S done; sleep 30"
  tmux -L pg-shot wait-for done
  tmux -L pg-shot capture-pane -p -t shot -S - -E - | sed -e ':a' -e '/^\n*$/{$d;N;ba' -e '}' > "$out"
  tmux -L pg-shot kill-session -t shot
}
shot docs/screenshots/sheet-200-rows.vi.txt scan --format pretty --lang vi test/fixtures/report/bang-luong.csv
shot docs/screenshots/fixtures.vi.txt scan --format pretty --lang vi fixtures/
