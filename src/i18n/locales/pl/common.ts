/** Common texts (Polish). */
export default {
  appName: 'Communications Hub',
  nav: {
    label: 'Sekcje',
    departments: 'Działy',
    chats: 'Czaty',
    openlines: 'Otwarte kanały',
    crmFields: 'Pola CRM'
  },
  user: {
    admin: 'Administrator',
    avatarAlt: 'Zdjęcie: {name}'
  },
  limits: {
    pacingTitle: 'Tempo żądań dostosowane do limitu czasu portalu',
    pacing: 'Portal przyznaje każdej aplikacji ograniczony czas przetwarzania na metodę w ciągu dziesięciu minut. Aby go nie przekroczyć, kolejne żądania ({methods}) zostaną wysłane o {time}. Nie musisz nic robić: aplikacja sama będzie kontynuować.',
    refusedTitle: 'Portal wstrzymał metodę dla tej aplikacji',
    refused: 'Osiągnięto limit czasu portalu dla {methods}. Aplikacja sama wznowi pracę o {time}; nic nie zostanie utracone.'
  },
  actions: {
    retry: 'Ponów'
  },
  missing: {
    structureTitle: 'Struktura firmy jest niedostępna',
    structure: 'Ten portal nie udostępnia aplikacjom struktury firmy (REST 3.0). Pozostałe sekcje działają.',
    collabs: 'Na tym portalu nie ma collabów, więc nie ma czego powiązać.'
  },
  colorMode: {
    label: 'Tryb kolorów: {mode}',
    system: 'Systemowy',
    light: 'Jasny',
    dark: 'Ciemny'
  },
  freshness: {
    asOf: 'Stan na {time}',
    checking: 'Sprawdzanie zmian…',
    changed: 'Zmienione od tego czasu: {count}',
    clearMarks: 'Ukryj oznaczenia',
    checkingRow: 'Sprawdzanie zmian',
    changedRow: 'Zmieniono'
  },
  boot: {
    connecting: 'Łączenie z Bitrix24…',
    errorTitle: 'Nie udało się uruchomić aplikacji',
    accessDenied: 'Nie masz dostępu do tej aplikacji. Poproś administratora Bitrix24 o przyznanie dostępu.'
  },
  errors: {
    network: 'Nie udało się połączyć z portalem. Sprawdź połączenie i spróbuj ponownie.',
    generic: 'Portal zwrócił błąd: {message}'
  },
  outside: {
    title: 'Otwórz tę aplikację w Bitrix24',
    lead: 'Communications Hub działa wewnątrz portalu Bitrix24: pobiera zalogowanego użytkownika i uprawnienia dostępu z ramki portalu, dlatego nie może działać na osobnej stronie.',
    portalTitle: 'Na Twoim portalu Bitrix24',
    portalSteps: {
      one: 'Przejdź do sekcji Zasoby dla deweloperów → Inne → Aplikacja lokalna.',
      two: 'Jako ścieżkę handlera (i ścieżkę instalacji początkowej) podaj adres tej strony:',
      three: 'Nadaj zakresy humanresources, im, imopenlines, imconnector, crm, user, placement, socialnetwork, a następnie otwórz aplikację z menu Aplikacje.',
      grant: 'Nadaj zakresy {scopes}, a następnie otwórz aplikację z menu Aplikacje.'
    },
    emulatorTitle: 'Bez portalu: emulator',
    emulatorText: 'W folderze projektu uruchom poniższe polecenie. Uruchamia ono lokalny portal podobny do Bitrix24 z tą aplikacją w środku i wyświetla adres, który należy otworzyć.'
  },
  install: {
    title: 'Instalacja Communications Hub',
    lead: 'Communications Hub wiąże czaty, kanały i collaby z działami i zespołami struktury Twojej firmy oraz konfiguruje konektory otwartych kanałów.',
    featuresTitle: 'Co robi aplikacja',
    features: {
      departments: 'Pokazuje strukturę firmy i komunikację każdego działu i zespołu.',
      chats: 'Tworzy czaty grupowe i zarządza ich uczestnikami.',
      openlines: 'Rejestruje i konfiguruje konektor otwartych kanałów.',
      crm: 'Pokazuje pola komunikacji CRM.',
      sidebar: 'Dodaje pozycję do panelu bocznego czatów grupowych: działy i zespoły, z którymi powiązany jest czat.'
    },
    scopesTitle: 'Wymagany dostęp',
    scopes: {
      humanresources: 'struktura firmy',
      im: 'czaty i Komunikator',
      imopenlines: 'otwarte kanały',
      imconnector: 'konektory otwartych kanałów',
      crm: 'CRM',
      user: 'użytkownicy',
      placement: 'osadzanie w portalu',
      socialnetwork: 'grupy robocze i collaby'
    },
    finish: 'Zakończ instalację',
    finishFailed: 'Nie udało się zakończyć instalacji: {message}',
    pendingTitle: 'Instalacja nie została zakończona',
    pendingText: 'Administrator Bitrix24 musi raz otworzyć tę aplikację, aby zakończyć jej instalację. Zwróć się do administratora, a potem ponownie otwórz aplikację.'
  }
}
