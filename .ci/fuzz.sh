  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
#  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
!  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
/  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
/  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
b  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
/  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
v  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
b  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
h  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
#  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
B  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
h  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
b  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
F  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
g  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
w  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
h  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
g  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
+  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
A  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
S  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
+  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
U  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
B  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
S  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
h  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
#  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
b  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
m  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
(  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
R  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
O  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
T  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
A  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
R  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
Y  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
F  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
U  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
Z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
Z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
S  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
E  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
C  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
O  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
N  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
D  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
S  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
,  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
6  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
0  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
)  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
m  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
h  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
#  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
/  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
/  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
.  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
E  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
x  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
y  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
h  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
m  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
m  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
h  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
.  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
$  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
(  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
m  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
$  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
0  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
)  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
/  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
.  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
.  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
b  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
h  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
.  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
/  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
.  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
h  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
=  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
(  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
)  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
g  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
b  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
g  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
1  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
4  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
v  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
;  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
k  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
g  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
q  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
y  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
W  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
=  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
'  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
$  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
{  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
S  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
}  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
'  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
$  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
2  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
>  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
/  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
v  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
/  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
|  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
g  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
q  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
k  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
|  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
|  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
+  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
=  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
(  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
$  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
)  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
[  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
$  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
{  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
#  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
[  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
@  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
]  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
}  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
g  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
0  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
]  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
;  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
h  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
x  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
D  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
E  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
B  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
I  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
A  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
N  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
F  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
R  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
O  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
N  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
T  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
E  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
N  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
D  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
=  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
v  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
g  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
q  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
&  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
&  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
g  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
y  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
q  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
m  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
m  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
$  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
{  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
[  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
@  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
]  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
}  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
=  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
$  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
{  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
R  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
O  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
T  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
A  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
R  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
Y  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
F  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
U  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
Z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
Z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
S  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
E  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
C  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
O  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
N  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
D  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
S  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
:  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
6  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
0  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
}  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
C  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
C  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
=  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
g  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
C  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
X  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
X  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
=  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
g  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
+  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
+  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
m  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
k  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
S  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
.  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
B  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
b  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
G  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
N  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
j  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
D  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
C  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
M  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
A  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
K  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
E  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
B  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
U  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
I  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
L  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
D  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
T  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
Y  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
P  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
E  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
=  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
R  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
W  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
h  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
D  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
b  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
I  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
\  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
D  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
R  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
O  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
T  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
A  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
R  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
Y  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
F  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
U  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
Z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
Z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
=  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
O  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
N  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
D  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
R  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
O  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
T  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
A  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
R  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
Y  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
S  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
A  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
N  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
I  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
T  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
I  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
Z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
E  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
=  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
;  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
\  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
D  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
R  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
O  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
T  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
A  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
R  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
Y  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
B  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
U  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
I  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
L  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
D  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
T  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
E  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
S  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
T  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
S  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
=  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
O  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
F  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
F  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
D  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
R  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
O  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
T  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
A  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
R  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
Y  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
B  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
U  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
I  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
L  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
D  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
B  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
E  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
N  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
C  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
H  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
=  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
O  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
F  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
F  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
D  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
R  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
O  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
T  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
A  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
R  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
Y  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
B  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
U  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
I  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
L  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
D  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
T  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
O  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
O  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
L  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
S  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
=  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
O  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
F  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
F  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
>  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
/  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
v  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
/  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
m  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
k  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
b  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
b  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
x  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
A  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
S  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
A  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
N  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
O  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
P  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
T  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
I  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
O  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
N  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
S  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
=  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
q  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
m  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
b  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
=  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
1  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
6  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
:  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
k  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
=  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
1  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
x  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
U  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
B  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
S  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
A  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
N  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
O  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
P  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
T  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
I  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
O  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
N  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
S  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
=  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
k  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
=  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
1  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
:  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
h  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
=  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
1  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
g  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
y  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
v  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
;  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
=  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
b  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
/  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
/  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
$  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
g  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
m  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
k  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
$  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
h  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
=  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
=  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
$  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
g  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
:  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
$  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
{  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
}  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
b  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
/  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
/  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
/  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
$  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
g  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
m  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
x  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
m  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
=  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
$  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
=  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
1  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
\  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
m  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
x  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
=  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
5  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
1  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
2  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
m  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
=  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
2  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
0  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
$  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
/  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
/  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
/  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
$  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
g  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
2  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
>  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
&  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
1  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
|  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
g  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
E  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
:  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
:  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
m  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
b  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
x  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
|  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
:  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
:  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
k  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
_  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
|  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
E  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
R  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
R  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
O  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
R  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
|  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
F  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
U  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
Z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
Z  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
F  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
A  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
I  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
L  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
U  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
R  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
E  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
|  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
S  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
U  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
M  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
M  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
A  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
R  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
Y  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
|  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
D  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
|  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
|  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
#  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
g  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
p  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
h  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
h  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
x  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
:  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
y  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
h  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
.  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
h  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
*  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
k  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
*  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
m  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
*  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
m  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
*  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
>  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
/  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
v  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
/  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
2  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
>  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
&  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
1  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
;  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
h  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
h  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
$  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
g  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
:  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
;  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
:  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
$  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
(  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
c  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
r  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
s  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
h  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
*  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
a  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
k  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
*  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
m  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
*  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
m  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
-  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
*  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
2  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
>  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
/  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
v  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
/  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
u  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
l  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
)  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
"  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
x  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
t  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
1  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
   log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
f  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
i  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
d  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
o  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
n  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
e  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi

  log=build-fuzz/$target.log
  rc=0
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
