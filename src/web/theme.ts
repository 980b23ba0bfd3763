// Mantine theme: a sober dark-teal civic palette on system fonts (nothing loaded from the network).
import { createTheme, type MantineColorsTuple } from '@mantine/core';

const netra: MantineColorsTuple = ['#e7f5f6', '#cfe8ea', '#a0d0d4', '#6db6bc', '#45a0a7', '#2c9299', '#1b8088', '#0d6b73', '#0b5d64', '#0b4f5c'];

export const theme = createTheme({
  primaryColor: 'netra',
  primaryShade: { light: 7, dark: 5 },
  colors: { netra },
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '700' },
  focusRing: 'auto',
  components: {
    Anchor: { defaultProps: { c: 'netra.8' } },
    // A badge (a case state, a notice status, an account status) is never cut short with an
    // ellipsis: in a narrow column it wraps onto a second line instead.
    Badge: { styles: { root: { height: 'auto', paddingBlock: 2 }, label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip' } } },
  },
});
