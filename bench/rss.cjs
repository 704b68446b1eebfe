// Preloaded into every benchmarked process (NODE_OPTIONS=--require): writes the
// process's peak resident memory, in kilobytes, to $CASEWISE_BENCH_RSS on exit.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.CASEWISE_BENCH_RSS) writeFileSync(process.env.CASEWISE_BENCH_RSS, String(process.resourceUsage().maxRSS));
});
