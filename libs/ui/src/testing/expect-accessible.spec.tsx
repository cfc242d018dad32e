import { render } from '@testing-library/react';
import { expectAccessible } from './expect-accessible';

describe('axe in jsdom', () => {
  it('passes a page whose controls and images are named', async () => {
    const { container } = render(
      <main>
        <h1>Plugin desk</h1>
        <label htmlFor="name">Nama</label>
        <input id="name" />
        <img src="logo.png" alt="Logo Simpul" />
      </main>,
    );
    await expectAccessible(container);
  });

  it('fails on an unnamed image and an unlabelled field, naming the rule', async () => {
    const { container } = render(
      <main>
        <img src="logo.png" />
        <input />
      </main>,
    );
    await expect(expectAccessible(container)).rejects.toThrow(/image-alt[\s\S]*label/);
  });
});
