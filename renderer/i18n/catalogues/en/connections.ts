/**
 * The connections sidebar, the connection form and the connectors' own fields. `vendors`
 * holds each connector's field words by vendor id and setting key, in the connector's
 * English exactly as electron/vendors/<vendor> describes it (a unit test holds them equal);
 * a placeholder that is an example value rather than words (EUR, an address) is left out
 * and shown as the connector gives it.
 */
export const connections = {
  sidebar: {
    title: 'Connections',
    show: 'Show connections',
    hide: 'Hide connections',
    add: '+ Add connection',
    edit: 'Edit',
    duplicate: 'Duplicate',
    remove: 'Remove',
    keyMissing: 'Key missing',
    keychainUnavailable: 'Keychain unavailable',
    testFailed: 'Test failed',
    demoShop: 'Demo shop',
  },
  remove: {
    title: 'Remove "{{label}}"?',
    body: 'PriceDesk forgets this connection and deletes its API key from the keychain. Prices on the platform are not touched.',
    confirm: 'Remove',
  },
  duplicated: 'Created "{{label}}".',
  copyName: '{{label}} (copy)',
  test: {
    run: 'Test connection',
    running: 'Testing…',
  },
  priceFields: {
    title: 'Prices per product on this connection',
    primary: ' (edited now)',
    withVat: 'with VAT',
    withoutVat: 'without VAT',
    readOnly: 'read only',
    kind: {
      price: 'price',
      tier: 'price tier',
      cost: 'cost',
      recommended: 'recommended price',
      sale: 'sale price',
    },
  },
  form: {
    addTitle: 'Add a connection',
    editTitle: 'Edit "{{label}}"',
    platform: 'Platform',
    choosePlatform: 'Choose a platform…',
    name: 'Name *',
    namePlaceholder: 'e.g. Main store',
    default: 'Default',
    example: 'e.g. {{example}}',
    secretKept: 'Saved in the keychain; leave empty to keep it',
    advanced: 'Advanced ({{fields}})',
    done: 'Done',
    save: 'Save',
    saveAndTest: 'Save and test',
    working: 'Working…',
  },
  problems: {
    name: 'Give the connection a name.',
    platform: 'Choose the platform this connection is for.',
    secretAgain: 'You changed {{moved}}: enter the {{secrets}} again. A saved secret is never sent to a new address.',
    and: ' and ',
    or: ' or ',
    required: '{{label}} is required.',
    pattern: '{{label}} does not look right. {{help}}',
    email: '{{label}} must be an email address.',
    url: '{{label}} must be a web address starting with https://.',
    select: '{{label}} must be one of the listed choices.',
  },
  vendorNames: {
    sandbox: 'Demo shop (sandbox)',
  },
  vendors: {
    xclade: {
      tenant: {
        label: 'Shop name (tenant)',
        help: 'The first part of your xclade admin API address: for https://myshop.api.myxclade.com it is "myshop". Leave empty when you fill in the server address below.',
      },
      baseUrl: {
        label: 'Server address',
        help: 'Only for a self-hosted Medusa v2 server or a custom domain: the address of its API, e.g. https://api.myshop.com. Leave empty to use https://{shop name}.api.myxclade.com.',
      },
      priceListId: {
        label: 'Price list id',
        help: 'In the xclade admin open Pricing → Price Lists and the list to edit; its id is the last part of the address (starts with "plist_").',
      },
      currency: {
        label: 'Currency',
        help: 'The three-letter currency of the prices to edit (EUR, USD, SEK...), one of the currencies under Settings → Store.',
      },
      vatMode: {
        label: 'Prices include VAT',
        help: 'Whether this currency’s prices include tax (Settings → Tax regions / price preferences, "tax inclusive"). Medusa’s default is excluding VAT.',
        options: {
          excluded: 'No, prices exclude VAT',
          included: 'Yes, prices include VAT',
        },
      },
      authMode: {
        label: 'Sign in with',
        help: 'An admin user’s email and password, or a secret API key (Settings → Secret API Keys in the xclade admin).',
        options: {
          emailpass: 'Email and password',
          secretKey: 'Secret API key',
        },
      },
      email: {
        label: 'Admin email',
        help: 'The email you sign in to the xclade admin with (needed for email and password sign-in).',
      },
      password: {
        label: 'Admin password',
        help: 'The password of that admin user (needed for email and password sign-in). Stored in the system keychain.',
      },
      secretKey: {
        label: 'Secret API key',
        help: 'Settings → Secret API Keys → Create; copy the key starting with "sk_" (shown once). Stored in the system keychain.',
      },
    },
    cliniko: {
      apiKey: {
        label: 'API key',
        help: 'In Cliniko: My info (bottom left) > Manage API keys > Add an API key. Copy the whole key: its ending (e.g. "-uk1") tells PriceDesk your region. The key has the same permissions as your Cliniko user, who must be allowed to manage products.',
      },
      contactEmail: {
        label: 'Contact email',
        help: 'Cliniko asks every app to send a contact email with its requests and may block requests without one. Use an address that reaches whoever looks after this connection.',
        placeholder: 'it@yourclinic.example',
      },
      vatMode: {
        label: 'Prices are edited',
        help: 'Cliniko stores each product price with and without tax. Pick which one you edit; PriceDesk tells Cliniko which it is sending. Default: including tax.',
        options: {
          inc: 'Including tax (what patients pay)',
          ex: 'Excluding tax',
        },
      },
      currency: {
        label: 'Currency',
        help: 'Cliniko prices carry no currency. Leave empty to use your region’s (AUD, CAD, GBP or EUR); Cliniko shows it under Settings > Business information.',
      },
      baseUrl: {
        label: 'API address',
        help: 'Leave empty: PriceDesk uses https://api.{region}.cliniko.com/v1 with the region from the end of your API key (au1, au2, au3, au4, ca1, uk1, uk2, eu1; no ending means au1). Change it only when your IT routes Cliniko through a proxy.',
      },
    },
    geins: {
      apiUser: {
        label: 'API user',
        help: 'The user name of an API user: Geins Merchant Center > Settings > API users.',
      },
      apiPassword: {
        label: 'API user password',
        help: 'The password of that API user, set when the user was created in Merchant Center.',
      },
      apiKey: {
        label: 'Management API key',
        help: 'Geins Merchant Center > Settings > API keys: the key for the Management API (sent as X-ApiKey).',
      },
      priceListId: {
        label: 'Price list id',
        help: 'The list to edit, from Merchant Center > Pricing > Price lists (Test connection lists them). Standard lists are market id × 1000000 + type: 1000000 is market 1’s ordinary list, 1000001 its sale list; custom lists have ids of their own. Campaign lists (ending in 2, e.g. 1000002) cannot be changed through the API and are refused.',
      },
      morePriceListIds: {
        label: 'More price lists',
        help: 'Other price lists whose prices belong with the one above (a sale list, another market), as ids separated by commas, e.g. 1000001, 2000000. Test connection shows them as price fields. Leave empty for one list.',
      },
      vatMode: {
        label: 'Prices are',
        help: 'Whether the prices you see and send include VAT. Geins converts with each product’s VAT rate. Default: with VAT.',
        options: {
          included: 'with VAT',
          excluded: 'without VAT',
        },
      },
      productIdType: {
        label: 'Write prices by',
        help: 'Which id PriceDesk sends to Geins with each price. Default: the Geins product id.',
        options: {
          '0': 'Geins product id (e.g. 10001)',
          '1': 'Article number (e.g. ABC123)',
        },
      },
      batchSize: {
        label: 'Rows per request',
        help: 'How many prices go in one request. Geins documents no maximum for this call (similar calls allow 10000); leave empty for 500.',
      },
      baseUrl: {
        label: 'API address',
        help: 'Leave empty for https://mgmtapi.geins.io.',
      },
    },
    alephee: {
      baseUrl: {
        label: 'API address',
        help: 'Leave empty for https://api.alephcrm.com. Change it only if Alephee gave you another address.',
      },
      accountId: {
        label: 'Account id',
        help: 'The number of your Alephee account, shown in Alephee next to your account name and in the API access details Alephee sent you.',
      },
      apiKey: {
        label: 'API key',
        help: 'The API_KEY Alephee issued for your integration (ask your Alephee account manager or support if you have none). It must be linked to the account above.',
      },
      priceListId: {
        label: 'Price list id',
        help: 'The id of the price list to edit (Alephee > Price lists). Leave empty if your account has only one price list.',
      },
      morePriceListIds: {
        label: 'More price lists',
        help: 'Other price lists to edit beside the one above (for example a wholesale list), as ids separated by commas. Their price, cost and suggested retail price become fields of their own. Needs the price list id above.',
      },
      vatMode: {
        label: 'Prices are',
        help: 'Which price you edit. Alephee works out the other one from the product’s tax. Default: with taxes.',
        options: {
          included: 'with taxes (PriceWithTaxes)',
          excluded: 'without taxes (Price)',
        },
      },
      currency: {
        label: 'Currency',
        help: 'The currency of the price list, as a 3-letter code (ARS, CLP, MXN, USD...). Default: ARS.',
      },
      batchSize: {
        label: 'Products per request',
        help: 'How many products go in one request. Leave empty for 100; PriceDesk halves it by itself if Alephee says a request is too large.',
      },
    },
    cin7: {
      baseUrl: {
        label: 'API address',
        help: 'Leave empty for https://api.cin7.com/api/.',
      },
      username: {
        label: 'API username',
        help: 'In Cin7 Omni, Settings > Integrations & API > API v1: the username of the API connection (give it permission for Products).',
      },
      apiKey: {
        label: 'API key',
        help: 'The key shown next to the API username in Cin7 Omni, Settings > Integrations & API.',
      },
      priceColumn: {
        label: 'Price column',
        help: 'Which price tier to edit, as Cin7 Omni names it for the API (e.g. retailNZD, wholesalNZD). Leave empty for the first retail column; Test connection shows the one used.',
      },
      currency: {
        label: 'Currency',
        help: 'Only used when the price column name does not end in a currency code (retailNZD is in NZD). Default: USD.',
      },
      vatMode: {
        label: 'Prices are',
        help: 'Whether this price column includes tax, as set up in Cin7 Omni (Settings > Pricing). Default: without tax.',
        options: {
          excluded: 'without tax',
          included: 'with tax',
        },
      },
      newProducts: {
        label: 'New products are created',
        help: 'Products PriceDesk creates from an import ("Add new products"). Hidden ones are not on sale until someone sets them to Public in Cin7 Omni, which would otherwise make them Public at once. Default: hidden.',
        options: {
          hidden: 'hidden (status Inactive)',
          live: 'live (status Public)',
        },
      },
      batchSize: {
        label: 'Rows per request',
        help: 'How many rows go in one request. Leave empty for 100; PriceDesk halves it by itself if Cin7 Omni says a request is too large.',
      },
    },
  },
} as const;
