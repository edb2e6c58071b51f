/** Open Channels texts (Polish). */
export default {
  title: 'Otwarte kanały',
  description: 'Otwarte kanały i konektory ze statusem każdej pary według portalu oraz ustawienia konektora tej aplikacji.',
  refresh: 'Odśwież z portalu',
  loading: 'Ładowanie otwartych kanałów i konektorów…',
  loadErrorTitle: 'Nie udało się załadować otwartych kanałów',
  emptyTitle: 'Brak otwartych kanałów',
  emptyDescription: 'Na portalu nie ma jeszcze otwartych kanałów. Utwórz kanał w Centrum Kontaktowym i wróć tutaj.',
  adminOnly: 'Konektory otwartych kanałów konfiguruje tylko administrator Bitrix24. Tutaj możesz zobaczyć ich status.',
  connectorsDenied: 'Lista konektorów jest dla Ciebie niedostępna ({reason}); wyświetlany jest tylko konektor tej aplikacji.',
  line: {
    off: 'Otwarty kanał wyłączony',
    number: 'Otwarty kanał {id}'
  },
  connector: {
    title: 'Konektor tej aplikacji',
    id: 'ID konektora: {id}',
    registered: 'Zarejestrowany',
    notRegistered: 'Niezarejestrowany',
    unknown: 'Stan rejestracji nieznany',
    registerHint: 'Rejestracja dodaje konektor do Centrum Kontaktowego; jego ustawienia otwierają tę aplikację.',
    register: 'Zarejestruj konektor',
    update: 'Zaktualizuj rejestrację',
    unregister: 'Wyrejestruj',
    registeredToast: 'Konektor został zarejestrowany.',
    unregisteredToast: 'Konektor został wyrejestrowany.',
    confirmUnregisterTitle: 'Wyrejestrować konektor?',
    confirmUnregisterText: 'Konektor zostanie usunięty ze wszystkich otwartych kanałów, a ustawienia kanału w każdym z nich zostaną skasowane. Tej operacji nie można cofnąć.',
    failed: 'Nie udało się zmienić konektora'
  },
  filter: {
    label: 'Pokaż',
    all: 'Wszystkie pary',
    attention: 'Wymagają uwagi ({count})',
    search: 'Szukaj otwartych kanałów i konektorów',
    onlyMine: 'Tylko konektor tej aplikacji'
  },
  table: {
    label: 'Otwarte kanały i konektory',
    line: 'Otwarty kanał',
    connector: 'Konektor',
    status: 'Status',
    actions: 'Działania',
    empty: 'Żadna para nie pasuje do filtra.',
    emptyAttention: 'Nic nie wymaga uwagi.'
  },
  status: {
    active: 'Aktywny',
    inactive: 'Nieaktywny',
    connected: 'Połączony',
    notConnected: 'Niepołączony',
    error: 'Błąd',
    working: 'Działa',
    notWorking: 'Nie działa',
    registered: 'Zarejestrowany',
    notRegistered: 'Niezarejestrowany',
    unavailable: 'Status niedostępny',
    attention: 'Wymaga uwagi'
  },
  actions: {
    activate: 'Aktywuj',
    deactivate: 'Dezaktywuj',
    settings: 'Ustawienia kanału',
    settingsFor: 'Ustawienia kanału: {line}',
    activateFor: 'Aktywuj w otwartym kanale {line}',
    deactivateFor: 'Dezaktywuj w otwartym kanale {line}',
    cancel: 'Anuluj',
    confirm: 'Potwierdź',
    allLines: 'Wszystkie otwarte kanały',
    close: 'Zamknij'
  },
  activation: {
    activated: 'Konektor jest aktywny w otwartym kanale {line}.',
    deactivated: 'Konektor został dezaktywowany w otwartym kanale {line}; jego ustawienia w tym kanale zostały usunięte.',
    confirmTitle: 'Dezaktywować w otwartym kanale {line}?',
    confirmText: 'Dezaktywacja usuwa na portalu ustawienia kanału dla tego otwartego kanału (ID, URL, URL dla operatora i nazwę). Aby połączyć się ponownie, aktywuj konektor i zapisz ustawienia od nowa.',
    failed: 'Nie udało się przełączyć konektora'
  },
  channel: {
    title: 'Ustawienia kanału',
    pair: '{connector} w otwartym kanale {line}',
    replaceNotice: 'Zapisanie zastępuje na portalu wszystkie cztery ustawienia: nie można zmienić tylko jednego. Formularz zawsze wysyła je wszystkie, zaczynając od wartości ostatnio zapisanych przez tę aplikację.',
    noSaved: 'Ta aplikacja nie ma jeszcze zapisanych ustawień dla tego otwartego kanału, więc formularz zawiera wartości domyślne.',
    connector: 'Konektor',
    line: 'Otwarty kanał',
    id: 'ID kanału',
    idHint: 'Jeśli puste: {fallback}',
    url: 'URL kanału',
    urlHint: 'Pełny link do czatu lub kanału, http:// lub https://',
    urlIm: 'URL dla operatora',
    urlImHint: 'Jeśli puste: URL kanału',
    name: 'Nazwa kanału',
    save: 'Zapisz ustawienia',
    saved: 'Ustawienia kanału zostały zapisane.',
    notRemembered: 'Portal przyjął ustawienia, ale aplikacja nie mogła ich zapamiętać na następny raz.',
    failed: 'Nie udało się zapisać ustawień',
    errors: {
      urlRequired: 'Podaj URL kanału.',
      urlInvalid: 'Podaj pełny adres zaczynający się od http:// lub https://.',
      urlImInvalid: 'Podaj pełny adres zaczynający się od http:// lub https:// albo zostaw pole puste, aby użyć URL kanału.',
      urlHidden: 'Adres zawiera niewidoczne znaki kierunku tekstu, które mogą ukryć, dokąd naprawdę prowadzi. Wpisz go ponownie bez nich.',
      nameRequired: 'Podaj nazwę kanału.'
    }
  },
  placement: {
    title: 'Ustawienia konektora',
    lineMissing: 'Nie znaleziono na portalu otwartego kanału {line}.',
    fromPortal: 'Według danych Centrum Kontaktowego z chwili otwarcia tej strony'
  },
  errors: {
    wrongAuthType: 'Ustawienia konektora działają tylko wewnątrz Bitrix24, gdy portal otwiera tę aplikację (kontekst aplikacji). Nie można ich zmienić za pomocą webhooka.',
    accessDenied: 'Nie masz uprawnień do edycji konektorów otwartych kanałów. Zwróć się do administratora Bitrix24.',
    scope: 'Aplikacja nie ma dostępu do otwartych kanałów (zakres imopenlines). Poproś administratora o ponowną instalację aplikacji z tym zakresem.',
    busy: 'Portal jest zajęty. Poczekaj chwilę i spróbuj ponownie.',
    network: 'Nie udało się połączyć z portalem. Sprawdź połączenie i spróbuj ponownie.',
    generic: 'Odpowiedź portalu: {message}'
  }
}
