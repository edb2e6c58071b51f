/** The Structure section's texts (Polish): the structure matrix, bulk changes and their run. The journal's are in journal.ts. */
export default {
  nav: {
    structure: 'Struktura',
    tabs: 'Widoki struktury',
    matrix: 'Pokrycie'
  },
  types: {
    CHAT: 'Czat',
    CHANNEL: 'Kanał',
    COLLAB: 'Collab'
  },
  /** The same names inside a sentence ("bind chat …"): lower case where the language writes them so. */
  typesInSentence: {
    CHAT: 'czat',
    CHANNEL: 'kanał',
    COLLAB: 'collab'
  },
  status: {
    nodes: 'Ładowanie struktury… dotąd węzłów: {count}',
    nodesOf: 'Ładowanie struktury… węzłów: {count} z {total}',
    communications: 'Załadowano węzłów: {loaded} z {total}',
    loaded: '{total} węzłów | {total} węzeł | {total} węzły | {total} węzłów',
    error: 'Nie udało się załadować pokrycia: {message}',
    cancel: 'Zatrzymaj ładowanie',
    reload: 'Odśwież'
  },
  filters: {
    label: 'Filtry',
    text: 'Filtruj według nazwy',
    noChat: 'Bez czatu',
    noChannel: 'Bez kanału',
    noCollab: 'Bez collabu',
    branch: 'Gałąź: {name}',
    clearBranch: 'Pokaż całą strukturę',
    reset: 'Wyczyść filtry',
    shown: 'Wyświetlono {shown} z {total}'
  },
  matrix: {
    label: 'Pokrycie struktury firmy',
    name: 'Dział lub zespół',
    chats: 'Czaty',
    channels: 'Kanały',
    collabs: 'Collaby',
    actions: 'Działania',
    selectColumn: 'Zaznaczenie',
    select: 'Zaznacz: {name}',
    inherited: 'dziedziczone: +{count}',
    hidden: 'ukryte: {count}',
    cellLabel: 'bezpośrednie: {direct}, dziedziczone: {inherited}, ukryte: {hidden}',
    unknown: 'nie załadowano',
    team: 'Zespół',
    department: 'Dział',
    showBranch: 'Pokaż tylko gałąź: {name}',
    selectBranch: 'Zaznacz: {name} i wszystko poniżej',
    empty: 'Żaden dział ani zespół nie pasuje do filtrów.',
    emptyStructure: 'Struktura nie ma jeszcze działów.'
  },
  selection: {
    count: 'Zaznaczono: {count} | Zaznaczono: {count} | Zaznaczono: {count} | Zaznaczono: {count}',
    selectFiltered: 'Zaznacz wszystkie wyświetlone',
    clear: 'Wyczyść zaznaczenie',
    bind: 'Powiąż…',
    unbind: 'Odłącz…',
    createDefault: 'Utwórz domyślną komunikację…',
    noEditRight: 'Tylko administratorzy mogą masowo zmieniać komunikację.'
  },
  csv: {
    export: 'Eksportuj CSV',
    fileName: 'pokrycie'
  },
  action: {
    titleBind: 'Powiąż z {count} zaznaczonymi węzłami | Powiąż z {count} zaznaczonym węzłem | Powiąż z {count} zaznaczonymi węzłami | Powiąż z {count} zaznaczonymi węzłami',
    titleUnbind: 'Odłącz od {count} zaznaczonych węzłów | Odłącz od {count} zaznaczonego węzła | Odłącz od {count} zaznaczonych węzłów | Odłącz od {count} zaznaczonych węzłów',
    titleCreate: 'Utwórz domyślną komunikację dla {count} zaznaczonych węzłów | Utwórz domyślną komunikację dla {count} zaznaczonego węzła | Utwórz domyślną komunikację dla {count} zaznaczonych węzłów | Utwórz domyślną komunikację dla {count} zaznaczonych węzłów',
    type: 'Typ',
    source: 'Wybierz z',
    sources: {
      chats: 'Ostatnie czaty',
      channels: 'Kanały',
      collabs: 'Collaby',
      search: 'Szukaj czatów'
    },
    searchLabel: 'Nazwa czatu',
    searchHint: 'Minimalna liczba znaków: {min}',
    byId: 'Lub podaj ID',
    idLabel: 'ID czatu, kanału lub collabu',
    idInvalid: 'Podaj dodatnią liczbę całkowitą.',
    pickRequired: 'Najpierw wybierz czat, kanał lub collab.',
    loading: 'Ładowanie…',
    empty: 'Nie ma tu nic do wybrania.',
    loadError: 'Nie udało się załadować listy: {message}',
    bound: 'Obecnie powiązane z zaznaczonymi węzłami',
    createHint: 'Każdy zaznaczony węzeł, który nie ma typu „{type}”, otrzyma nowy, prywatny, nazwany tak jak węzeł. Węzły, które już go mają, pozostaną bez zmian.',
    plan: 'Przejrzyj plan',
    cancel: 'Anuluj'
  },
  plan: {
    title: 'Plan zmian: {action}',
    actionBind: 'powiąż {type} „{title}”',
    actionUnbind: 'odłącz {type} „{title}”',
    actionCreate: 'utwórz domyślny {type}',
    summary: '{count} zmian zostanie wysłanych (liczba żądań: {requests}). | {count} zmiana zostanie wysłana (liczba żądań: {requests}). | {count} zmiany zostaną wysłane (liczba żądań: {requests}). | {count} zmian zostanie wysłanych (liczba żądań: {requests}).',
    nothing: 'Nic do zmiany: wszystkie zaznaczone węzły są już w żądanym stanie.',
    changes: 'Zmiany',
    skipped: 'Pominięte ({count})',
    reasons: {
      'already-bound': 'już ma to powiązanie',
      'not-bound': 'nie ma tego powiązania',
      'has-some': 'już ma taki',
      'not-loaded': 'jego komunikacja nie została załadowana'
    },
    change: {
      bind: 'powiąż',
      unbind: 'odłącz',
      createDefault: 'utwórz domyślny'
    },
    send: 'Wyślij {count} zmian | Wyślij {count} zmianę | Wyślij {count} zmiany | Wyślij {count} zmian',
    discard: 'Odrzuć plan',
    confirmUnbindTitle: 'Odłączyć od {count} węzłów? | Odłączyć od {count} węzła? | Odłączyć od {count} węzłów? | Odłączyć od {count} węzłów?',
    confirmUnbindText: 'Uczestnicy zachowają czat, ale nie będzie on już należał do tych działów i zespołów. Można to cofnąć w dzienniku.',
    confirmUnbind: 'Odłącz'
  },
  run: {
    title: 'Zmiana masowa',
    progress: 'Gotowe: {settled} z {total}',
    progressLabel: 'Postęp zmiany masowej',
    cancel: 'Anuluj',
    cancelling: 'Zatrzymywanie po bieżącym żądaniu…',
    interrupted: 'Zmiana masowa zatrzymała się przed końcem: gotowe {done} z {total}. Po wznowieniu nic nie zostanie wysłane dwa razy.',
    resume: 'Wznów',
    finished: 'Gotowe: udane — {done}, nieudane — {failed}.',
    succeeded: 'Udane ({count})',
    failed: 'Nieudane ({count})',
    unknown: 'Niepotwierdzone ({count}): nie udało się zapytać portalu o jego bieżący stan. Wznów, aby sprawdzić ponownie.',
    retry: 'Ponów nieudane',
    close: 'Zamknij raport',
    error: 'Zmiana masowa została zatrzymana: {message}',
    freshError: 'Nie udało się odświeżyć ekranu danymi z portalu: {message}',
    journalError: 'Zmiany zostały wprowadzone, ale nie udało się zapisać dziennika: {message}',
    status: {
      pending: 'oczekuje',
      running: 'wysyłanie',
      done: 'gotowe',
      failed: 'błąd',
      unknown: 'niepotwierdzone'
    }
  }
}
