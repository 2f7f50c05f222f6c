import { describe, expect, it } from 'vitest';
import { exportDefaults } from '../../../renderer/src/export/exportDefaults';

describe('export defaults', () => {
  it('start with one A4 page for PDF and a PNG sharp enough for a slide (2×)', () => {
    expect(exportDefaults()).toEqual({ pdfLayout: 'fit', paper: 'a4', pngScale: 2 });
  });
});
