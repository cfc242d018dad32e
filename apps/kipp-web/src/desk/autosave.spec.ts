import { isEmptyPatch, mergePatch } from './autosave';

describe('autosave patches', () => {
  it('keeps both sections edited before one save, later text winning', () => {
    const merged = mergePatch({ title: 'A', sections: { summary: 'satu', novelty: 'x' } }, { sections: { novelty: 'y', resources: 'z' } });
    expect(merged).toEqual({ title: 'A', sections: { summary: 'satu', novelty: 'y', resources: 'z' } });
  });

  it('lets a cleared video link through as null', () => {
    expect(mergePatch({ videoUrl: 'https://x' }, { videoUrl: null })).toEqual({ videoUrl: null });
    expect(isEmptyPatch({})).toBe(true);
    expect(isEmptyPatch({ videoUrl: null })).toBe(false);
  });
});
