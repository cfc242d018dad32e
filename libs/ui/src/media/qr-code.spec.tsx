import { render, screen } from '@testing-library/react';
import { QrCode } from './qr-code';

describe('QrCode', () => {
  it('draws the code as an image named for people who cannot see it', () => {
    render(<QrCode value="https://simpul.test/skm/s/ABC123" label="Kode QR survei loket 7" />);
    const image = screen.getByRole('img', { name: 'Kode QR survei loket 7' });
    expect(image.getAttribute('width')).toBe('220');
    expect(image.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+,\d+h1v1h-1z/);
  });

  it('draws a different pattern for a different address', () => {
    const { container, rerender } = render(<QrCode value="https://simpul.test/a" label="a" />);
    const first = container.querySelector('path')?.getAttribute('d');
    rerender(<QrCode value="https://simpul.test/b" label="a" />);
    expect(container.querySelector('path')?.getAttribute('d')).not.toBe(first);
  });
});
