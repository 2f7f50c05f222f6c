// Child process for the benchmark: opens a library with the main-process code, loads one map
// and reports its resident memory, so the figure is the library's own, not the benchmark's.
import { createLibraryServices } from '../electron/main/library/services';

const [dir, id] = process.argv.slice(2) as [string, string];
const baseline = process.memoryUsage().rss;
const lib = createLibraryServices(dir);
for (let i = 0; i < 5; i++) lib.maps.load(id);
const list = lib.maps.list();
global.gc?.();
process.stdout.write(JSON.stringify({ rss: process.memoryUsage().rss, baseline, maps: list.length }));
lib.close();
