// The seed essay's own sentences that the debrief quotes, word for word and with the
// essay's spelling ("self-centered", "skeptical"). A test checks that every quotation
// in a reflection prompt is found in one of them, so a prompt cannot put words in the
// essay's mouth.
export const ESSAY_PASSAGES: readonly string[] = [
  'Traditionally, the realist perspective of international relations theory explains the actions of larger countries, focusing on their self-centered nature and the pursuit of power or security.',
  'The constructivist perspective, which emphasizes the role of actors in shaping their reality through interactions, values, and relations, challenges the notion that material power is the sole determinant of the global system.',
  'It joined CSTO (Russia’s NATO) and EEU (Russia’s EU), becoming a clearly integrated part of the new Russian sphere of influence.',
  'Firstly, Kazakhstan is undergoing a process of liberalization of its political system, which is the opposite of the development in Russia.',
  'Secondly, Russia’s invasion of Ukraine is something Kazakhstan has taken a skeptical stance towards.',
  'However, the reason why it has not officially condemned the invasion is because it still relies heavily on Russia for both exports and imports.',
  'Nonetheless, this has furthered the process of distancing between the countries.',
  'An excellent illustration of this process is a Kazakh presidential decree ordering the conversion of the Kazakh language from the Cyrillic to the Latin alphabet.',
  'Қазақстан is becoming Qazaqstan.',
  'These reasons reflect very well how substantial values and ideas have been in shaping Kazakhstan’s relations with the two competing superpowers.',
  'As it grows more and more integrated into the Chinese economic empire and its reliance on Russia diminishes, the rift might slowly evolve into a gaping wound for the Kremlin.',
  'What are the geopolitical implications of the burgeoning partnership between Kazakhstan and China?',
];
