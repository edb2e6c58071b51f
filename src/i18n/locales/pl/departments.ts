/** Departments texts (Polish). */
export default {
  title: 'Działy',
  description: 'Struktura firmy oraz czaty, kanały i collaby powiązane z każdym działem i zespołem.',
  tree: {
    label: 'Struktura firmy',
    filterLabel: 'Znajdź dział lub zespół',
    filterPlaceholder: 'Nazwa działu lub zespołu',
    loading: 'Ładowanie struktury firmy…',
    loadingCount: 'Ładowanie struktury firmy… załadowano: {count}',
    loadingCountOf: 'Ładowanie struktury firmy… {count} z {total}',
    errorTitle: 'Nie udało się załadować struktury firmy',
    emptyTitle: 'Brak działów',
    emptyDescription: 'Na portalu nie ma jeszcze działów ani zespołów.',
    noMatches: 'Nic nie pasuje do „{term}”.',
    matches: 'Znaleziono: {count}',
    searching: 'Wyszukiwanie na portalu…',
    members: 'nikt | {count} osoba | {count} osoby | {count} osób',
    expand: 'Rozwiń: {name}',
    collapse: 'Zwiń: {name}',
    keyboardHint: 'Strzałki przenoszą zaznaczenie, strzałka w prawo rozwija, w lewo zwija, Enter wybiera.',
    chats: 'brak czatów | {n} czat | {n} czaty | {n} czatów',
    channels: 'brak kanałów | {n} kanał | {n} kanały | {n} kanałów',
    collabs: 'brak collabów | {n} collab | {n} collaby | {n} collabów'
  },
  types: {
    DEPARTMENT: 'Dział',
    TEAM: 'Zespół'
  },
  mine: {
    title: 'Moje działy',
    none: 'Nie należysz do żadnego działu ani zespołu.'
  },
  panel: {
    placeholderTitle: 'Wybierz dział lub zespół',
    placeholderDescription: 'Tutaj pojawią się jego czaty, kanały i collaby.',
    loading: 'Ładowanie komunikacji…',
    errorTitle: 'Nie udało się załadować komunikacji',
    readOnly: 'Możesz przeglądać tę komunikację, ale nie możesz jej zmieniać: edycja wymaga uprawnienia do edycji struktury.',
    groups: {
      chats: 'Czaty',
      channels: 'Kanały',
      collabs: 'Collaby'
    },
    emptyGroup: 'Jeszcze brak',
    hidden: 'Niewidoczne dla Ciebie: {count}',
    inherited: 'Dziedziczone z: {name}',
    inheritedUnknown: 'Dziedziczone z węzła nadrzędnego',
    extranet: 'Extranet',
    noAccess: 'Nie jesteś uczestnikiem',
    open: 'Otwórz {title} w Komunikatorze',
    openShort: 'Otwórz',
    unbind: 'Odłącz: {title}',
    bind: 'Powiąż',
    createDefault: 'Utwórz domyślną komunikację',
    reload: 'Odśwież'
  },
  rights: {
    refusedTitle: {
      DEPARTMENT: 'Nie możesz zmieniać komunikacji działów',
      TEAM: 'Nie możesz zmieniać komunikacji zespołów'
    },
    refused: {
      DEPARTMENT: 'Portal odrzucił zmianę: powiązanie czatów, kanałów i collabów z działami wymaga uprawnienia „Edycja działów”, które administratorzy nadają w uprawnieniach dostępu do struktury firmy. Kierowanie działem nie daje tego uprawnienia.',
      TEAM: 'Portal odrzucił zmianę: powiązanie czatów, kanałów i collabów z zespołami wymaga uprawnienia „Edycja zespołów”, które administratorzy nadają w uprawnieniach dostępu do struktury firmy. Kierowanie zespołem nie daje tego uprawnienia.'
    },
    checkAgain: 'Sprawdź ponownie'
  },
  bind: {
    title: 'Powiąż z: {name}',
    description: 'Wybierz czaty, kanały i collaby. Już powiązane są oznaczone.',
    tabs: {
      chats: 'Czaty',
      channels: 'Kanały',
      collabs: 'Collaby',
      search: 'Szukaj'
    },
    searchLabel: 'Szukaj czatów',
    searchPlaceholder: 'Co najmniej 2 znaki',
    searchShort: 'Wpisz co najmniej 2 znaki.',
    loading: 'Ładowanie…',
    empty: 'Nie ma tu nic do wybrania.',
    alreadyBound: 'Już powiązany',
    selected: 'Wybrano: {count}',
    nothingSelected: 'Wybierz co najmniej jeden czat, kanał lub collab.',
    submit: 'Powiąż',
    cancel: 'Anuluj',
    loadError: 'Nie udało się załadować listy: {message}',
    picker: 'Czaty, kanały i collaby do powiązania'
  },
  defaults: {
    title: 'Utwórz domyślną komunikację: {name}',
    description: 'Portal utworzy prywatny czat lub kanał albo collab nazwany tak jak węzeł, z jego kierownikiem jako właścicielem i jego członkami jako uczestnikami.',
    typeLabel: 'Co utworzyć',
    submit: 'Utwórz',
    types: {
      CHAT: 'Czat',
      CHANNEL: 'Kanał',
      COLLAB: 'Collab'
    }
  },
  children: {
    label: 'Zastosuj także do działów i zespołów podrzędnych',
    preview: 'Ta zmiana obejmie {count} węzeł: | Ta zmiana obejmie {count} węzły: | Ta zmiana obejmie {count} węzłów:',
    more: 'i jeszcze {count}'
  },
  unbind: {
    title: 'Odłączyć „{title}”?',
    description: 'Nie będzie już powiązany z: {name}. Sam czat i jego uczestnicy pozostaną bez zmian.',
    confirm: 'Odłącz',
    cancel: 'Anuluj'
  },
  result: {
    bound: 'Powiązano z: {name}.',
    unbound: 'Odłączono od: {name}.',
    created: 'Utworzono dla: {name}.',
    failedTitle: 'Zmiana nie została wprowadzona',
    partial: 'Część zmian została wprowadzona przed błędem; lista pokazuje aktualny stan portalu.',
    notSent: 'Nie wysłano: {types}.'
  },
  errors: {
    accessDenied: 'Portal odmówił: nie masz uprawnień do edycji tego działu lub zespołu.',
    viewDenied: 'Portal nie pokazuje Ci struktury firmy: jest ona dostępna dla pracowników firmy. Jeśli jej potrzebujesz, zwróć się do administratora Bitrix24.',
    notFound: 'Ten dział lub zespół już nie istnieje na portalu. Odśwież strukturę.',
    validation: 'Portal nie zaakceptował zmiany: {message}'
  }
}
