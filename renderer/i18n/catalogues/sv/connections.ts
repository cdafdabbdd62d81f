import type { connections as en } from '../en/connections';
import type { Messages } from '../types';

export const connections: Messages<typeof en> = {
  sidebar: {
    title: 'Anslutningar',
    show: 'Visa anslutningar',
    hide: 'Dölj anslutningar',
    add: '+ Lägg till anslutning',
    edit: 'Redigera',
    duplicate: 'Duplicera',
    remove: 'Ta bort',
    keyMissing: 'Nyckel saknas',
    keychainUnavailable: 'Nyckelringen nås inte',
    testFailed: 'Testet misslyckades',
    demoShop: 'Demobutik',
  },
  remove: {
    title: 'Ta bort ”{{label}}”?',
    body: 'PriceDesk glömmer anslutningen och raderar dess API-nyckel från nyckelringen. Priserna på plattformen påverkas inte.',
    confirm: 'Ta bort',
  },
  duplicated: '”{{label}}” har skapats.',
  copyName: '{{label}} (kopia)',
  test: {
    run: 'Testa anslutningen',
    running: 'Testar…',
  },
  priceFields: {
    title: 'Priser per produkt i den här anslutningen',
    primary: ' (redigeras nu)',
    withVat: 'inkl. moms',
    withoutVat: 'exkl. moms',
    readOnly: 'skrivskyddat',
    kind: {
      price: 'pris',
      tier: 'prisnivå',
      cost: 'inköpspris',
      recommended: 'rekommenderat pris',
      sale: 'reapris',
    },
  },
  form: {
    addTitle: 'Lägg till anslutning',
    editTitle: 'Redigera ”{{label}}”',
    platform: 'Plattform',
    choosePlatform: 'Välj plattform…',
    name: 'Namn *',
    namePlaceholder: 't.ex. Huvudbutiken',
    default: 'Standard',
    example: 't.ex. {{example}}',
    secretKept: 'Sparad i nyckelringen; lämna tomt för att behålla den',
    advanced: 'Avancerat ({{fields}})',
    done: 'Klar',
    save: 'Spara',
    saveAndTest: 'Spara och testa',
    working: 'Arbetar…',
  },
  problems: {
    name: 'Ge anslutningen ett namn.',
    platform: 'Välj vilken plattform anslutningen gäller.',
    secretAgain: 'Du har ändrat {{moved}}: fyll i {{secrets}} igen. En sparad nyckel skickas aldrig till en ny adress.',
    and: ' och ',
    or: ' eller ',
    required: '{{label}} måste fyllas i.',
    pattern: '{{label}} ser inte rätt ut. {{help}}',
    email: '{{label}} måste vara en e-postadress.',
    url: '{{label}} måste vara en webbadress som börjar med https://.',
    select: '{{label}} måste vara ett av alternativen i listan.',
  },
  vendorNames: {
    sandbox: 'Demobutik (sandlåda)',
  },
  vendors: {
    xclade: {
      tenant: {
        label: 'Butiksnamn (tenant)',
        help: 'Första delen av adressen till xclades admin-API: för https://minbutik.api.myxclade.com är det ”minbutik”. Lämna tomt om du fyller i serveradressen nedan.',
      },
      baseUrl: {
        label: 'Serveradress',
        help: 'Bara för en egen Medusa v2-server eller en egen domän: adressen till dess API, t.ex. https://api.minbutik.se. Lämna tomt för att använda https://{butiksnamn}.api.myxclade.com.',
      },
      priceListId: {
        label: 'Prislistans id',
        help: 'Öppna Pricing → Price Lists i xclades admin och listan du vill redigera; id:t är sista delen av adressen (börjar med ”plist_”).',
      },
      currency: {
        label: 'Valuta',
        help: 'Valutakoden med tre bokstäver för priserna du redigerar (EUR, USD, SEK...), en av valutorna under Settings → Store.',
      },
      vatMode: {
        label: 'Priserna inkluderar moms',
        help: 'Om priserna i den här valutan inkluderar moms (Settings → Tax regions / price preferences, ”tax inclusive”). Medusa räknar som standard priser exklusive moms.',
        options: {
          excluded: 'Nej, priserna är exkl. moms',
          included: 'Ja, priserna är inkl. moms',
        },
      },
      authMode: {
        label: 'Logga in med',
        help: 'E-post och lösenord för en admin-användare, eller en hemlig API-nyckel (Settings → Secret API Keys i xclades admin).',
        options: {
          emailpass: 'E-post och lösenord',
          secretKey: 'Hemlig API-nyckel',
        },
      },
      email: {
        label: 'Admin-e-post',
        help: 'E-postadressen du loggar in i xclades admin med (behövs för inloggning med e-post och lösenord).',
      },
      password: {
        label: 'Admin-lösenord',
        help: 'Lösenordet för den admin-användaren (behövs för inloggning med e-post och lösenord). Sparas i systemets nyckelring.',
      },
      secretKey: {
        label: 'Hemlig API-nyckel',
        help: 'Settings → Secret API Keys → Create; kopiera nyckeln som börjar med ”sk_” (visas bara en gång). Sparas i systemets nyckelring.',
      },
    },
    cliniko: {
      apiKey: {
        label: 'API-nyckel',
        help: 'I Cliniko: My info (nere till vänster) > Manage API keys > Add an API key. Kopiera hela nyckeln: slutet (t.ex. ”-uk1”) visar PriceDesk din region. Nyckeln har samma behörighet som din Cliniko-användare, som måste få hantera produkter.',
      },
      contactEmail: {
        label: 'Kontakt-e-post',
        help: 'Cliniko vill att varje app skickar en kontaktadress med sina anrop och kan stoppa anrop utan. Ange en adress som når den som sköter anslutningen.',
        placeholder: 'it@dinklinik.example',
      },
      vatMode: {
        label: 'Priserna redigeras',
        help: 'Cliniko sparar varje produktpris både med och utan moms. Välj vilket du redigerar; PriceDesk talar om för Cliniko vilket som skickas. Standard: inklusive moms.',
        options: {
          inc: 'Inklusive moms (det patienten betalar)',
          ex: 'Exklusive moms',
        },
      },
      currency: {
        label: 'Valuta',
        help: 'Priser i Cliniko har ingen valuta. Lämna tomt för din regions valuta (AUD, CAD, GBP eller EUR); Cliniko visar den under Settings > Business information.',
      },
      baseUrl: {
        label: 'API-adress',
        help: 'Lämna tomt: PriceDesk använder https://api.{region}.cliniko.com/v1 med regionen från slutet av din API-nyckel (au1, au2, au3, au4, ca1, uk1, uk2, eu1; inget slut betyder au1). Ändra bara om din IT går via en proxy till Cliniko.',
      },
    },
    geins: {
      apiUser: {
        label: 'API-användare',
        help: 'Användarnamnet för en API-användare: Geins Merchant Center > Settings > API users.',
      },
      apiPassword: {
        label: 'API-användarens lösenord',
        help: 'Lösenordet för den API-användaren, satt när användaren skapades i Merchant Center.',
      },
      apiKey: {
        label: 'Nyckel till Management API',
        help: 'Geins Merchant Center > Settings > API keys: nyckeln till Management API (skickas som X-ApiKey).',
      },
      priceListId: {
        label: 'Prislistans id',
        help: 'Listan du redigerar, från Merchant Center > Pricing > Price lists (Testa anslutningen listar dem). Standardlistor har id marknadens id × 1000000 + typ: 1000000 är marknad 1:s ordinarie lista, 1000001 dess realista; egna listor har egna id:n. Kampanjlistor (slutar på 2, t.ex. 1000002) kan inte ändras via API:t och avvisas.',
      },
      morePriceListIds: {
        label: 'Fler prislistor',
        help: 'Andra prislistor vars priser hör ihop med listan ovan (en realista, en annan marknad), som id:n åtskilda med komma, t.ex. 1000001, 2000000. Testa anslutningen visar dem som prisfält. Lämna tomt för en enda lista.',
      },
      vatMode: {
        label: 'Priserna är',
        help: 'Om priserna du ser och skickar inkluderar moms. Geins räknar om med varje produkts momssats. Standard: inkl. moms.',
        options: {
          included: 'inkl. moms',
          excluded: 'exkl. moms',
        },
      },
      productIdType: {
        label: 'Skicka priser per',
        help: 'Vilket id PriceDesk skickar till Geins med varje pris. Standard: Geins produkt-id.',
        options: {
          '0': 'Geins produkt-id (t.ex. 10001)',
          '1': 'Artikelnummer (t.ex. ABC123)',
        },
      },
      batchSize: {
        label: 'Rader per anrop',
        help: 'Hur många priser som skickas i ett anrop. Geins anger inget tak för det här anropet (liknande anrop tillåter 10000); lämna tomt för 500.',
      },
      baseUrl: {
        label: 'API-adress',
        help: 'Lämna tomt för https://mgmtapi.geins.io.',
      },
    },
    alephee: {
      baseUrl: {
        label: 'API-adress',
        help: 'Lämna tomt för https://api.alephcrm.com. Ändra bara om Alephee har gett dig en annan adress.',
      },
      accountId: {
        label: 'Konto-id',
        help: 'Numret på ditt Alephee-konto; det står i Alephee bredvid kontonamnet och i API-uppgifterna som Alephee skickade dig.',
      },
      apiKey: {
        label: 'API-nyckel',
        help: 'Den API_KEY som Alephee har utfärdat för din integration (fråga din kontaktperson eller supporten hos Alephee om du saknar en). Den måste höra till kontot ovan.',
      },
      priceListId: {
        label: 'Prislistans id',
        help: 'Id för prislistan du redigerar (Alephee > Price lists). Lämna tomt om kontot bara har en prislista.',
      },
      morePriceListIds: {
        label: 'Fler prislistor',
        help: 'Andra prislistor att redigera utöver den ovan (till exempel en grossistlista), som id:n åtskilda med komma. Deras pris, inköpspris och rekommenderade pris blir egna fält. Kräver prislistans id ovan.',
      },
      vatMode: {
        label: 'Priserna är',
        help: 'Vilket pris du redigerar. Alephee räknar fram det andra med produktens skatt. Standard: inkl. skatt.',
        options: {
          included: 'inkl. skatt (PriceWithTaxes)',
          excluded: 'exkl. skatt (Price)',
        },
      },
      currency: {
        label: 'Valuta',
        help: 'Prislistans valuta som en kod med 3 bokstäver (ARS, CLP, MXN, USD...). Standard: ARS.',
      },
      batchSize: {
        label: 'Produkter per anrop',
        help: 'Hur många produkter som skickas i ett anrop. Lämna tomt för 100; PriceDesk halverar själv om Alephee säger att ett anrop är för stort.',
      },
    },
    cin7: {
      baseUrl: {
        label: 'API-adress',
        help: 'Lämna tomt för https://api.cin7.com/api/.',
      },
      username: {
        label: 'API-användarnamn',
        help: 'I Cin7 Omni, Settings > Integrations & API > API v1: användarnamnet för API-anslutningen (ge den behörighet till Products).',
      },
      apiKey: {
        label: 'API-nyckel',
        help: 'Nyckeln som står bredvid API-användarnamnet i Cin7 Omni, Settings > Integrations & API.',
      },
      priceColumn: {
        label: 'Priskolumn',
        help: 'Vilken prisnivå du redigerar, med det namn Cin7 Omni använder i API:t (t.ex. retailNZD, wholesalNZD). Lämna tomt för den första butikspriskolumnen; Testa anslutningen visar vilken som används.',
      },
      currency: {
        label: 'Valuta',
        help: 'Används bara när priskolumnens namn inte slutar på en valutakod (retailNZD är i NZD). Standard: USD.',
      },
      vatMode: {
        label: 'Priserna är',
        help: 'Om den här priskolumnen inkluderar moms, som det är inställt i Cin7 Omni (Settings > Pricing). Standard: exkl. moms.',
        options: {
          excluded: 'exkl. moms',
          included: 'inkl. moms',
        },
      },
      newProducts: {
        label: 'Nya produkter skapas',
        help: 'Produkter som PriceDesk skapar vid en import (”Lägg till nya produkter”). Dolda produkter säljs inte förrän någon sätter dem till Public i Cin7 Omni; annars blir de Public direkt. Standard: dolda.',
        options: {
          hidden: 'dolda (status Inactive)',
          live: 'publicerade (status Public)',
        },
      },
      batchSize: {
        label: 'Rader per anrop',
        help: 'Hur många rader som skickas i ett anrop. Lämna tomt för 100; PriceDesk halverar själv om Cin7 Omni säger att ett anrop är för stort.',
      },
    },
  },
};
