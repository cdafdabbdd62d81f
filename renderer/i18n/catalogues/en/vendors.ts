/**
 * Part of the `messages` namespace (key `vendor`): see messages.ts. A connector's own words,
 * by connector (electron/vendors/<connector>), shared ones at the top. The English is the
 * connector's `message` word for word, without the vendor's own words: `say` quotes those
 * after ours. (A count's `_one` keeps the connector's "1 products" so the window and the CLI
 * say the same in English; other languages say it properly.)
 */
export const vendor = {
  notAPrice: '"{{price}}" is not a price.',
  cliniko: {
    forbidden:
      'Cliniko refused access: the Cliniko user this API key belongs to may not manage products, or Cliniko blocked the request. Ask an administrator to give the user permission for products (Settings > Users), then try again.',
    otherRegion: 'The API key belongs to Cliniko region {{keyRegion}}, but the address points to region {{addressRegion}}. Clear the API address field, or fix it.',
    keyRefused:
      'Cliniko did not accept the API key. Check that you copied the whole key, including its ending: it selects your Cliniko region (this key points to {{region}}), and a key is refused in any other region.',
    unknownRegion: 'The Cliniko API key ends in "-{{suffix}}", which is not a Cliniko region PriceDesk knows ({{regions}}). Copy the whole key again from Cliniko (My info > Manage API keys).',
    keyMissing: 'Enter the Cliniko API key (Cliniko: My info > Manage API keys).',
    emailMissing: 'Enter a valid contact email for the Cliniko connection: Cliniko asks every app to name a contact and may block requests without one.',
    connected_one: 'Connected to Cliniko (region {{region}}): {{count}} products.',
    connected_other: 'Connected to Cliniko (region {{region}}): {{count}} products.',
    pageLoop: 'Cliniko sent the same page link twice; PriceDesk stopped reading to avoid a loop.',
    badId: '"{{id}}" is not a Cliniko product id. Reload the catalog.',
    unknownField: 'Cliniko products have no price field "{{field}}"; their fields are {{price}} and {{cost}}.',
    tooManyDecimals_one: 'Cliniko accepts at most {{count}} decimals; round the price first.',
    tooManyDecimals_other: 'Cliniko accepts at most {{count}} decimals; round the price first.',
    answerUnreadable: 'Cliniko’s answer could not be read.',
    notSavedTogether: "Not saved: Cliniko saves a product's prices together and refused this update. Send it again once that is fixed. Cliniko said:",
    notSentInternal: 'PriceDesk could not send this price to Cliniko.',
    productGone: 'Cliniko has no such product any more (it was deleted or archived). Reload the catalog.',
    savedAs: 'Cliniko saved the price as {{amount}}.',
    savedCostAs: 'Cliniko saved the cost price as {{amount}}.',
  },
} as const;
