# Tests of core/i18n: the embedded translations load in a program that links only core (as the CLI does),
# follow the locale, switch back to English, and translate the drill engine's texts while their journal form
# stays English. The process's locale is set to Chinese in the test's own main() (see the source).
etcddrill_add_test(NAME testtranslationloader SOURCES unit/TestTranslationLoader.cpp
  LIBS etcddrill_i18n etcddrill_drill LABELS unit TIMEOUT 60)
# TextTranslator: a report's language passed to it rather than installed (the export dialog's way).
etcddrill_add_test(NAME testtexttranslator SOURCES unit/TestTextTranslator.cpp
  LIBS etcddrill_i18n LABELS unit TIMEOUT 60)
