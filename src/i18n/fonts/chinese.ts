// Noto Sans SC for Chinese, sliced by unicode-range: a page downloads only the slices its text uses.
import '@fontsource/noto-sans-sc/400.css';
