/**
 * The WCAG 2 contrast ratio of `element`'s text colour (`color`) or outline colour
 * (`outlineColor`) against the nearest opaque background behind it: from the element itself up for
 * text, from its parent up for an outline, which is drawn outside the element. Self-contained (no
 * module-level names inside), so Playwright can run it in the page (`locator.evaluate`).
 */
export function contrastAgainstBackground(element: Element, of: 'color' | 'outlineColor'): number {
  const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  let behind = 'rgb(255, 255, 255)';
  for (let node = of === 'color' ? element : element.parentElement; node; node = node.parentElement) {
    const background = getComputedStyle(node).backgroundColor;
    if (background !== 'transparent' && rgb(background)[3] !== 0) {
      behind = background;
      break;
    }
  }
  const [lighter = 0, darker = 0] = [luminance(rgb(getComputedStyle(element)[of])), luminance(rgb(behind))].sort((a, b) => b - a);
  return Math.round(((lighter + 0.05) / (darker + 0.05)) * 100) / 100;
}
