// Noto Sans's Latin Extended subsets: the Kazakh Latin letters (Ä Ğ Ī Ñ Ö Ū Ü Ş and the rest).
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-ext-700.css';
import '@fontsource/noto-sans/cyrillic-ext-400.css';
import '@fontsource/noto-sans/cyrillic-ext-700.css';
