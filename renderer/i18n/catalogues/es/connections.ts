import type { connections as en } from '../en/connections';
import type { Messages } from '../types';

export const connections: Messages<typeof en> = {
  sidebar: {
    title: 'Conexiones',
    show: 'Mostrar conexiones',
    hide: 'Ocultar conexiones',
    add: '+ Nueva conexión',
    edit: 'Editar',
    duplicate: 'Duplicar',
    remove: 'Quitar',
    keyMissing: 'Falta la clave',
    keychainUnavailable: 'Llavero no disponible',
    testFailed: 'Prueba fallida',
    demoShop: 'Tienda de prueba',
  },
  remove: {
    title: '¿Quitar «{{label}}»?',
    body: 'PriceDesk olvida esta conexión y borra su clave API del llavero. Los precios en la plataforma no se tocan.',
    confirm: 'Quitar',
  },
  duplicated: 'Se creó «{{label}}».',
  copyName: '{{label}} (copia)',
  test: {
    run: 'Probar conexión',
    running: 'Probando…',
  },
  priceFields: {
    title: 'Precios por producto en esta conexión',
    primary: ' (el que se edita)',
    withVat: 'con IVA',
    withoutVat: 'sin IVA',
    readOnly: 'solo lectura',
    kind: {
      price: 'precio',
      tier: 'nivel de precio',
      cost: 'costo',
      recommended: 'precio sugerido',
      sale: 'precio de oferta',
    },
  },
  form: {
    addTitle: 'Nueva conexión',
    editTitle: 'Editar «{{label}}»',
    platform: 'Plataforma',
    choosePlatform: 'Elige una plataforma…',
    name: 'Nombre *',
    namePlaceholder: 'p. ej. Tienda principal',
    default: 'Predeterminado',
    example: 'p. ej. {{example}}',
    secretKept: 'Guardada en el llavero; déjalo vacío para conservarla',
    advanced: 'Avanzado ({{fields}})',
    done: 'Listo',
    save: 'Guardar',
    saveAndTest: 'Guardar y probar',
    working: 'Trabajando…',
  },
  problems: {
    name: 'Ponle un nombre a la conexión.',
    platform: 'Elige la plataforma de esta conexión.',
    secretAgain: 'Cambiaste {{moved}}: vuelve a escribir {{secrets}}. Una clave guardada nunca se envía a una dirección nueva.',
    and: ' y ',
    or: ' o ',
    required: 'Falta completar {{label}}.',
    pattern: '{{label}}: el valor no parece correcto. {{help}}',
    email: '{{label}}: tiene que ser una dirección de correo.',
    url: '{{label}}: tiene que ser una dirección web que empiece con https://.',
    select: '{{label}}: tiene que ser una de las opciones de la lista.',
  },
  vendorNames: {
    sandbox: 'Tienda de prueba (sandbox)',
  },
  vendors: {
    xclade: {
      tenant: {
        label: 'Nombre de la tienda (tenant)',
        help: 'La primera parte de la dirección de la API de administración de xclade: para https://mitienda.api.myxclade.com es "mitienda". Déjalo vacío si completas la dirección del servidor más abajo.',
      },
      baseUrl: {
        label: 'Dirección del servidor',
        help: 'Solo para un servidor Medusa v2 propio o un dominio personalizado: la dirección de su API, p. ej. https://api.mitienda.com. Déjalo vacío para usar https://{nombre de la tienda}.api.myxclade.com.',
      },
      priceListId: {
        label: 'Id de la lista de precios',
        help: 'En el admin de xclade abre Pricing → Price Lists y la lista a editar; su id es la última parte de la dirección (empieza con "plist_").',
      },
      currency: {
        label: 'Moneda',
        help: 'El código de tres letras de la moneda de los precios a editar (EUR, USD, SEK...), una de las monedas de Settings → Store.',
      },
      vatMode: {
        label: 'Los precios incluyen IVA',
        help: 'Si los precios de esta moneda incluyen impuestos (Settings → Tax regions / price preferences, "tax inclusive"). Medusa por defecto los trata sin IVA.',
        options: {
          excluded: 'No, los precios no incluyen IVA',
          included: 'Sí, los precios incluyen IVA',
        },
      },
      authMode: {
        label: 'Iniciar sesión con',
        help: 'El correo y la contraseña de un usuario administrador, o una clave API secreta (Settings → Secret API Keys en el admin de xclade).',
        options: {
          emailpass: 'Correo y contraseña',
          secretKey: 'Clave API secreta',
        },
      },
      email: {
        label: 'Correo del administrador',
        help: 'El correo con el que entras al admin de xclade (hace falta para iniciar sesión con correo y contraseña).',
      },
      password: {
        label: 'Contraseña del administrador',
        help: 'La contraseña de ese usuario administrador (hace falta para iniciar sesión con correo y contraseña). Se guarda en el llavero del sistema.',
      },
      secretKey: {
        label: 'Clave API secreta',
        help: 'Settings → Secret API Keys → Create; copia la clave que empieza con "sk_" (se muestra una sola vez). Se guarda en el llavero del sistema.',
      },
    },
    cliniko: {
      apiKey: {
        label: 'Clave API',
        help: 'En Cliniko: My info (abajo a la izquierda) > Manage API keys > Add an API key. Copia la clave entera: su final (p. ej. "-uk1") le dice a PriceDesk tu región. La clave tiene los mismos permisos que tu usuario de Cliniko, que tiene que poder gestionar productos.',
      },
      contactEmail: {
        label: 'Correo de contacto',
        help: 'Cliniko pide que cada aplicación envíe un correo de contacto con sus solicitudes y puede bloquear las que no lo lleven. Usa una dirección que llegue a quien se ocupa de esta conexión.',
        placeholder: 'sistemas@suclinica.example',
      },
      vatMode: {
        label: 'Los precios se editan',
        help: 'Cliniko guarda cada precio de producto con y sin impuestos. Elige cuál editas; PriceDesk le avisa a Cliniko cuál está enviando. Predeterminado: con impuestos.',
        options: {
          inc: 'Con impuestos (lo que paga el paciente)',
          ex: 'Sin impuestos',
        },
      },
      currency: {
        label: 'Moneda',
        help: 'Los precios de Cliniko no llevan moneda. Déjalo vacío para usar la de tu región (AUD, CAD, GBP o EUR); Cliniko la muestra en Settings > Business information.',
      },
      baseUrl: {
        label: 'Dirección de la API',
        help: 'Déjalo vacío: PriceDesk usa https://api.{region}.cliniko.com/v1 con la región del final de tu clave API (au1, au2, au3, au4, ca1, uk1, uk2, eu1; sin final es au1). Cámbialo solo si tu equipo de sistemas pasa Cliniko por un proxy.',
      },
    },
    geins: {
      apiUser: {
        label: 'Usuario de la API',
        help: 'El nombre de un usuario de API: Geins Merchant Center > Settings > API users.',
      },
      apiPassword: {
        label: 'Contraseña del usuario de la API',
        help: 'La contraseña de ese usuario de API, definida al crearlo en Merchant Center.',
      },
      apiKey: {
        label: 'Clave de la Management API',
        help: 'Geins Merchant Center > Settings > API keys: la clave de la Management API (se envía como X-ApiKey).',
      },
      priceListId: {
        label: 'Id de la lista de precios',
        help: 'La lista a editar, de Merchant Center > Pricing > Price lists (Probar conexión las muestra). Las listas estándar son id de mercado × 1000000 + tipo: 1000000 es la lista normal del mercado 1, 1000001 su lista de ofertas; las listas propias tienen sus propios ids. Las listas de campaña (terminan en 2, p. ej. 1000002) no se pueden cambiar por la API y se rechazan.',
      },
      morePriceListIds: {
        label: 'Más listas de precios',
        help: 'Otras listas de precios que van con la de arriba (una lista de ofertas, otro mercado), como ids separados por comas, p. ej. 1000001, 2000000. Probar conexión las muestra como campos de precio. Déjalo vacío para una sola lista.',
      },
      vatMode: {
        label: 'Los precios son',
        help: 'Si los precios que ves y envías incluyen IVA. Geins convierte con la tasa de IVA de cada producto. Predeterminado: con IVA.',
        options: {
          included: 'con IVA',
          excluded: 'sin IVA',
        },
      },
      productIdType: {
        label: 'Enviar precios por',
        help: 'Qué id envía PriceDesk a Geins con cada precio. Predeterminado: el id de producto de Geins.',
        options: {
          '0': 'Id de producto de Geins (p. ej. 10001)',
          '1': 'Número de artículo (p. ej. ABC123)',
        },
      },
      batchSize: {
        label: 'Filas por solicitud',
        help: 'Cuántos precios van en cada solicitud. Geins no documenta un máximo para esta llamada (otras parecidas aceptan 10000); déjalo vacío para 500.',
      },
      baseUrl: {
        label: 'Dirección de la API',
        help: 'Déjalo vacío para https://mgmtapi.geins.io.',
      },
    },
    alephee: {
      baseUrl: {
        label: 'Dirección de la API',
        help: 'Déjalo vacío para https://api.alephcrm.com. Cámbialo solo si Alephee te dio otra dirección.',
      },
      accountId: {
        label: 'Id de cuenta',
        help: 'El número de tu cuenta de Alephee, que aparece en Alephee junto al nombre de la cuenta y en los datos de acceso a la API que te envió Alephee.',
      },
      apiKey: {
        label: 'Clave API',
        help: 'La API_KEY que Alephee emitió para tu integración (pídela a tu ejecutivo de cuenta o al soporte de Alephee si no tienes una). Tiene que estar vinculada a la cuenta de arriba.',
      },
      priceListId: {
        label: 'Id de la lista de precios',
        help: 'El id de la lista de precios a editar (Alephee > Listas de precios). Déjalo vacío si tu cuenta tiene una sola lista de precios.',
      },
      morePriceListIds: {
        label: 'Más listas de precios',
        help: 'Otras listas de precios a editar además de la de arriba (por ejemplo una lista mayorista), como ids separados por comas. Su precio, costo y precio de venta sugerido pasan a ser campos propios. Necesita el id de la lista de precios de arriba.',
      },
      vatMode: {
        label: 'Los precios son',
        help: 'Qué precio editas. Alephee calcula el otro con el impuesto del producto. Predeterminado: con impuestos.',
        options: {
          included: 'con impuestos (PriceWithTaxes)',
          excluded: 'sin impuestos (Price)',
        },
      },
      currency: {
        label: 'Moneda',
        help: 'La moneda de la lista de precios, como código de 3 letras (ARS, CLP, MXN, USD...). Predeterminado: ARS.',
      },
      batchSize: {
        label: 'Productos por solicitud',
        help: 'Cuántos productos van en cada solicitud. Déjalo vacío para 100; PriceDesk lo reduce a la mitad por su cuenta si Alephee dice que una solicitud es demasiado grande.',
      },
    },
    cin7: {
      baseUrl: {
        label: 'Dirección de la API',
        help: 'Déjalo vacío para https://api.cin7.com/api/.',
      },
      username: {
        label: 'Usuario de la API',
        help: 'En Cin7 Omni, Settings > Integrations & API > API v1: el usuario de la conexión API (dale permiso para Products).',
      },
      apiKey: {
        label: 'Clave API',
        help: 'La clave que aparece junto al usuario de la API en Cin7 Omni, Settings > Integrations & API.',
      },
      priceColumn: {
        label: 'Columna de precio',
        help: 'Qué nivel de precio editar, con el nombre que le da Cin7 Omni en la API (p. ej. retailNZD, wholesalNZD). Déjalo vacío para la primera columna de precio minorista; Probar conexión muestra la que se usa.',
      },
      currency: {
        label: 'Moneda',
        help: 'Solo se usa cuando el nombre de la columna de precio no termina en un código de moneda (retailNZD está en NZD). Predeterminado: USD.',
      },
      vatMode: {
        label: 'Los precios son',
        help: 'Si esta columna de precio incluye impuestos, según la configuración de Cin7 Omni (Settings > Pricing). Predeterminado: sin impuestos.',
        options: {
          excluded: 'sin impuestos',
          included: 'con impuestos',
        },
      },
      newProducts: {
        label: 'Los productos nuevos se crean',
        help: 'Productos que PriceDesk crea desde una importación ("Agregar productos nuevos"). Los ocultos no están a la venta hasta que alguien los pasa a Public en Cin7 Omni; si no, quedarían Public de inmediato. Predeterminado: ocultos.',
        options: {
          hidden: 'ocultos (estado Inactive)',
          live: 'publicados (estado Public)',
        },
      },
      batchSize: {
        label: 'Filas por solicitud',
        help: 'Cuántas filas van en cada solicitud. Déjalo vacío para 100; PriceDesk lo reduce a la mitad por su cuenta si Cin7 Omni dice que una solicitud es demasiado grande.',
      },
    },
  },
};
