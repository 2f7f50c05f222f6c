// How many card components rendered, for the typing benchmark (bench/). A no-op unless the
// benchmark installs the counter, so it costs one property read per render.
interface Counter {
  cards: number;
}

export function countRender(): void {
  const counter = (globalThis as { __waymarkRenderCounter?: Counter }).__waymarkRenderCounter;
  if (counter) counter.cards += 1;
}
