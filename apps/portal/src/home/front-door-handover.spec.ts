import { shouldHandOverToFrontDoor } from './front-door-handover';

const loadedAt = (url: string) => [{ name: url } as PerformanceEntry];

describe('handing the signed-out home to the front door’s own page', () => {
  it('loads `/` from the server when the portal was opened at another page', () => {
    expect(shouldHandOverToFrontDoor(loadedAt('https://simpul.example.go.id/registry'))).toBe(true);
    expect(shouldHandOverToFrontDoor(loadedAt('https://simpul.example.go.id/sign-in?next=%2F'))).toBe(true);
  });

  it('stays when this document was itself loaded at `/` (the server chose the portal), so it never loops', () => {
    expect(shouldHandOverToFrontDoor(loadedAt('https://simpul.example.go.id/'))).toBe(false);
    expect(shouldHandOverToFrontDoor(loadedAt('https://simpul.example.go.id/?portal'))).toBe(false);
  });

  it('stays when the browser does not say where the document was loaded', () => {
    expect(shouldHandOverToFrontDoor([])).toBe(false);
  });
});
