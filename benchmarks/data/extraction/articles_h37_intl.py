# Turkish, German, French, Spanish and Russian stories for the thirty-seventh held-out part (h37-*).
# Fictional; written for newsflow in each language (not translated). Markup and fields as in articles_h37_en.py.
ARTICLES = [
dict(id="h37-tr-001", lang="tr", tpl="drupal", site="Akçakavak Belediyesi", kind="public", section="Duyurular",
     date="2026-11-03", byline="Basın Yayın Birimi",
     title="Halk Ekmek büfelerinde ekmek fiyatı yıl sonuna kadar sabit",
     sub="Belediye, 250 gramlık ekmeği 31 Aralık'a kadar 7 liradan satmaya devam edecek.",
     caption="Cumhuriyet Meydanı'ndaki Halk Ekmek büfesi.", credit="Fotoğraf: Akçakavak Belediyesi",
     body="""
Akçakavak Belediyesi, Halk Ekmek büfelerinde satılan 250 gramlık ekmeğin fiyatını yıl sonuna kadar 7 lira olarak sabitledi. Karar, belediye meclisinin kasım ayı toplantısında oy birliğiyle alındı.

Belediyeye ait fırında her gün yaklaşık 18 bin ekmek üretiliyor. Ekmekler ilçe genelindeki 14 büfede sabah 06.30'dan itibaren satışa sunuluyor.

**Un fiyatları arttı, ekmek zamlanmadı**

Son üç ayda un fiyatlarında yüzde 20'ye yakın artış yaşandı. Belediye Başkanı Nevzat Orhon, aradaki farkın belediye bütçesinden karşılanacağını açıkladı.

Orhon, "Ekmek, vatandaşımızın sofrasından eksik olmaması gereken tek şeydir. Fırınımız kâr için değil, hizmet için çalışıyor," dedi.

**Yeni büfe yolda**

Belediye, Karşıyaka ve Sanayi mahallelerinde birer büfe daha açmayı planlıyor. Büfelerin aralık ayı ortasında hizmete girmesi bekleniyor.

Fırında ayrıca tam buğday ekmeği ve çavdar ekmeği de üretiliyor. Bu ekmeklerin fiyatı 9 lira olarak belirlendi.

Belediye, büfelerde satılamayan ekmeklerin her akşam aşevine ve hayvan barınağına gönderildiğini, böylece hiçbir ekmeğin çöpe atılmadığını da hatırlattı.

Büfelerin adresleri ve çalışma saatleri hakkında bilgi almak isteyen vatandaşlar, Beyaz Masa'yı 444 0 318 numaralı telefondan arayabilir.
"""),

dict(id="h37-tr-002", lang="tr", tpl="ucoz", site="Dedeçam Köyü Sitesi", kind="small", section="Köyden haberler",
     date="2026-05-21", byline="dedecam_muhtarlik",
     title="Köy konağının çatısına güneş panelleri takıldı",
     sub="İmece usulüyle yapılan çalışma iki hafta sürdü; konağın elektrik faturası sıfırlanacak.",
     caption="Köy konağının çatısındaki yeni güneş panelleri.", credit="Fotoğraf: Dedeçam Muhtarlığı",
     carry=["map"],
     body="""
Dedeçam köy konağının çatısına 24 adet güneş paneli takıldı. Panellerin, konağın ve köy camisinin elektrik ihtiyacının tamamını karşılaması bekleniyor.

Panellerin parası, köy derneğinin iki yıldır düzenlediği kermeslerden ve gurbetteki hemşehrilerimizin bağışlarından toplandı. Toplam maliyet 310 bin lira oldu.

Montaj, ilçeden gelen bir usta ile köyün gençleri tarafından imece usulüyle yapıldı. Çalışma iki hafta sürdü. Kadınlarımız her gün çalışanlara öğle yemeği hazırladı.

Muhtar Cemal Yavuzer, konağın kış aylarında her ay 6 bin lirayı bulan elektrik faturasının artık ortadan kalkacağını söyledi. "Artan elektriği şebekeye satacağız. Gelen parayı okulun ihtiyaçlarına harcayacağız," dedi.

Konak, düğünler, taziyeler ve köy toplantıları için kullanılıyor. Geçen kış, fatura yüksek geldiği için konağın kaloriferi birkaç kez yakılamamıştı.

Köy derneği başkanı Ayten Sarıkaya, sırada okulun çatısı olduğunu söyledi. Dernek, gelecek yaz okulun çatısına da panel takmak için yeni bir kermes düzenleyecek. Kermes tarihi daha sonra sitemizden duyurulacak.

Emeği geçen herkese köyümüz adına teşekkür ederiz. Panelleri görmek isteyen hemşehrilerimiz cumartesi günü öğleden sonra konağa bekleniyor; çay ve gözleme bizden.
"""),

dict(id="h37-tr-003", lang="tr", tpl="wordpress", section="Yemek", date="2026-09-09", byline="Sevgül Karadeniz",
     title="Tarhana yarışmasında birincilik 78 yaşındaki Fadime Nine'nin",
     sub="Gölpınar'da düzenlenen yarışmada 41 tarhana yarıştı. Kazanan tarifin sırrı ekşi mayada.",
     caption="Fadime Öztürk, birincilik ödülünü aldıktan sonra.", credit="Fotoğraf: Sevgül Karadeniz",
     carry=["recipe"],
     section_tag=True, choose={"section": 0},
     look=[("highlight", "Yarışmayı düzenleyen Gölpınar Kadın Kooperatifi")],
     body="""
Gölpınar'da bu yıl üçüncüsü düzenlenen tarhana yarışmasında birinciliği 78 yaşındaki Fadime Öztürk kazandı. Köyde herkesin "Fadime Nine" diye tanıdığı Öztürk, tarhanasını 60 yıldır aynı tarifle yaptığını söyledi.

Yarışmaya çevre köylerden 41 kadın katıldı. Tarhanalar, belediyenin aşçısı ve iki yerel lokanta sahibinden oluşan jüri tarafından çorba olarak pişirilip tadıldı.

Fadime Öztürk, tarifin sırrının ekşi mayada olduğunu anlattı. "Mayayı annemden aldım, annem de anneannesinden. Hiç kurutmadım, her yıl bir parçasını saklarım," dedi.

Öztürk'ün tarhanası için kullandığı malzemeler şunlar:

- 5 kilo un
- 3 kilo süzme yoğurt
- 2 kilo domates ve 1 kilo kırmızı biber
- 1 kilo soğan
- Bir avuç nane ve bir kaşık ekşi maya

Sebzeler pişirilip ezildikten sonra un, yoğurt ve maya ile yoğruluyor. Hamur bir hafta boyunca her gün karıştırılarak mayalanmaya bırakılıyor, ardından bezlerin üzerinde güneşte kurutuluyor.

Yarışmayı düzenleyen Gölpınar Kadın Kooperatifi, birinci gelen tarhananın bu yıldan itibaren kooperatifin dükkânında satılacağını duyurdu. Kooperatif başkanı Hülya Demirtaş, "Kazanan tarifle yaptığımız tarhananın kilosu 250 liradan satılacak, gelirin yarısı Fadime Nine'ye," dedi.

İkinciliği Kozluca köyünden Nuran Aksoy, üçüncülüğü ise Gölpınar'dan Emine Çelik aldı.
"""),

dict(id="h37-de-001", lang="de", tpl="umbraco", site="Hellweger Kreisblatt", section="Kreis Hellweg", date="2026-03-25",
     byline="Tobias Wienholt",
     title="Neubaugebiet Lindenkamp: 84 Bauplätze, aber kaum bezahlbare",
     sub="Der Rat in Erwitzen hat den Bebauungsplan beschlossen. Die Grundstückspreise sorgen schon jetzt für Ärger.",
     caption="Das Feld am Lindenkamp, auf dem die Häuser entstehen sollen.", credit="Foto: Tobias Wienholt",
     carry=["property"],
     look=[("dropcap", "Am Lindenkamp in Erwitzen"), ("box", "Bewerben können sich"), ("highlight", "Die Stadt begründet den Preis")],
     body="""
Am Lindenkamp in Erwitzen wachsen noch Zuckerrüben. In zwei Jahren sollen dort 84 Einfamilien- und Doppelhäuser stehen. Der Stadtrat hat am Dienstagabend den Bebauungsplan für das Neubaugebiet beschlossen, mit 21 zu 12 Stimmen.

## Was die Grundstücke kosten

Die Stadt verkauft die Grundstücke selbst. Der Quadratmeter soll 285 Euro kosten, erschlossen. Für ein durchschnittliches Grundstück von 480 Quadratmetern sind das rund 137.000 Euro, noch bevor ein Stein gesetzt ist.

Die Stadt begründet den Preis mit den Kosten für Straßen, Kanal und einen neuen Regenrückhalteteich. Bürgermeisterin Andrea Kösters sagte, billiger gehe es nicht, ohne dass alle Steuerzahler draufzahlten.

## Kritik von jungen Familien

Die Opposition hält das für zu teuer. „Wer hier aufgewachsen ist und als Erzieherin oder Handwerker arbeitet, kann sich das nicht leisten“, sagte Grünen-Ratsherr Felix Ebbinghaus. Seine Fraktion hatte vorgeschlagen, ein Viertel der Grundstücke im Erbbaurecht zu vergeben. Der Antrag fand keine Mehrheit.

Immerhin soll es einen Nachlass geben: Familien mit Kindern unter 14 Jahren erhalten 15 Euro pro Quadratmeter und Kind, höchstens aber 45 Euro.

Bewerben können sich Interessenten ab dem 1. Mai über die Internetseite der Stadt. Vergeben wird nach einem Punktesystem, das Kinder, Ehrenamt und eine Arbeitsstelle in Erwitzen berücksichtigt.

Die Erschließung soll im Herbst beginnen. Gebaut werden darf frühestens ab Sommer 2027.
"""),

dict(id="h37-de-002", lang="de", tpl="regional", section="Lokales", date="2026-08-20", byline="Claudia Merschkötter",
     title="Trauer um Heinz-Werner Lampe: Der Kapellmeister von Ostbevern ist tot",
     sub="45 Jahre lang leitete er den Musikverein. Zu jedem Schützenfest spielte er den Marsch, den er selbst geschrieben hatte.",
     caption="Heinz-Werner Lampe dirigiert beim Frühjahrskonzert 2019.", credit="Foto: Musikverein Ostbevern",
     carry=["condolence"],
     look=[("italic", "„Er hat nie laut werden müssen")],
     body="""
Ostbevern trauert um Heinz-Werner Lampe. Der langjährige Dirigent des Musikvereins ist am Montag im Alter von 84 Jahren gestorben, wie seine Familie mitteilte.

Lampe übernahm den Verein 1971 mit 19 Musikern. Als er 2016 den Taktstock abgab, spielten mehr als 70 Frauen und Männer im Orchester, dazu 40 Kinder im Jugendorchester, das er selbst gegründet hatte.

Im Hauptberuf war Lampe Lehrer an der Realschule, wo er Mathematik und Musik unterrichtete. Viele seiner Schüler fanden über ihn den Weg in den Verein.

Bekannt wurde er über den Ort hinaus mit dem „Bevertaler Schützenmarsch“, den er 1978 komponierte. Er wird seitdem bei jedem Schützenfest gespielt und ist inzwischen auch in den Notenmappen vieler Vereine im Münsterland zu finden.

„Er hat nie laut werden müssen. Ein Blick über die Brille, und alle wussten, dass der Einsatz falsch war“, erinnert sich die heutige Dirigentin Miriam Holtkötter, die als Zwölfjährige bei ihm Klarinette gelernt hat.

Bürgermeister Jens Overhageböck würdigte Lampe als einen Menschen, „der unser Dorf hörbar gemacht hat“. Die Gemeinde hatte ihm 2011 die Ehrennadel verliehen.

Heinz-Werner Lampe hinterlässt seine Frau Gisela, zwei Töchter und fünf Enkel.

Das Seelenamt findet am Samstag um 10 Uhr in der Pfarrkirche St. Ambrosius statt. Der Musikverein wird ihn auf seinem letzten Weg begleiten.
"""),

dict(id="h37-de-003", lang="de", tpl="ghost", site="Dorfblatt Ellerbach", kind="small", section="Menschen im Dorf",
     date="2026-10-01", byline="Redaktion Dorfblatt",
     title="„Ich will nicht nur sonntags da sein“",
     sub="Seit September hat Ellerbach eine neue Pfarrerin. Wir haben Katharina Vossberg gefragt, was sie vorhat.",
     caption="Katharina Vossberg vor der Ellerbacher Dorfkirche.", credit="Foto: Dorfblatt Ellerbach",
     look=[("bold", "Frau Vossberg, warum Ellerbach?"), ("bold", "Was haben Sie sich vorgenommen?"),
           ("bold", "Und die Kirche selbst?"), ("bold", "Kaffee oder Tee?"), ("callout", "Zur Einführung")],
     body="""
Seit dem 1. September ist Katharina Vossberg die neue Pfarrerin von Ellerbach, Niederau und Rothenbach. Die 38-Jährige kommt aus einer Stadtgemeinde in Kassel und wohnt mit ihrem Mann und zwei Kindern im Pfarrhaus.

Frau Vossberg, warum Ellerbach?

Weil ich wissen wollte, wie Kirche auf dem Dorf funktioniert. In der Stadt kennt man die Leute vom Gottesdienst. Hier kennt man sie vom Bäcker, vom Sportplatz und vom Elternabend.

Was haben Sie sich vorgenommen?

Ich will nicht nur sonntags da sein. Ich möchte einmal im Monat eine offene Sprechstunde im Dorfgemeinschaftshaus anbieten, ohne Anmeldung, für alle, ob in der Kirche oder nicht.

Und die Kirche selbst?

Das Dach muss dringend gemacht werden. Der Kirchenvorstand hat einen Förderantrag gestellt, und ich hoffe, dass wir im Frühjahr anfangen können.

Kaffee oder Tee?

Kaffee. Schwarz. Und bitte nicht so viel Kuchen bei jedem Besuch, sonst passe ich bald nicht mehr in den Talar.

Zur Einführung lädt die Kirchengemeinde am Sonntag, 12. Oktober, um 14 Uhr zum Gottesdienst in die Ellerbacher Kirche ein. Anschließend gibt es Kaffee im Dorfgemeinschaftshaus.
"""),

dict(id="h37-fr-001", lang="fr", tpl="typo3", section="Carnet", date="2026-12-04", byline="Hélène Castagnet",
     title="Rémi Fontvieille, le boulanger de la place du Marché, s'est éteint",
     sub="Pendant 43 ans, il a fourni le pain de Saint-Julien-d'Arve. Ses obsèques auront lieu lundi.",
     caption="Rémi Fontvieille devant son fournil en 2012.", credit="Photo : Hélène Castagnet",
     carry=["condolence"],
     look=[("bold", "Rémi Fontvieille, qui a tenu")],
     body="""
Rémi Fontvieille, qui a tenu la boulangerie de la place du Marché à Saint-Julien-d'Arve pendant 43 ans, est décédé mardi à l'âge de 79 ans.

Né à Annecy, il était arrivé au village en 1971 comme apprenti chez le boulanger de l'époque, dont il avait repris le fonds quatre ans plus tard avec son épouse, Josette.

**Un pain au levain connu dans toute la vallée**

Son pain de seigle au levain, cuit au feu de bois jusqu'en 2005, faisait venir des clients de toute la vallée. Le samedi matin, la file d'attente descendait souvent jusqu'à la fontaine.

« Il se levait à deux heures du matin, six jours sur sept, et il ne s'est jamais plaint. Il disait que le pain, ça ne se fait pas à moitié », raconte son fils Thierry.

**Le parrain de tous les apprentis**

En quatre décennies, Rémi Fontvieille a formé une vingtaine d'apprentis. Trois d'entre eux tiennent aujourd'hui leur propre boulangerie en Haute-Savoie.

L'actuelle boulangère de la place, Amandine Reverdy, qui a repris le commerce en 2014, a fermé sa boutique mercredi matin en signe de deuil. « Je lui dois mon métier. Il passait encore chaque semaine goûter mes baguettes », confie-t-elle.

Le maire, Bernard Chappaz, salue « une figure du village, de celles qui rythment la vie d'une commune ».

Les obsèques seront célébrées lundi à 14 h 30 en l'église de Saint-Julien-d'Arve.
"""),

dict(id="h37-fr-002", lang="fr", tpl="amp", section="Environnement", date="2026-06-16", byline="Damien Leroux-Quéré",
     title="Les bacs jaunes seront collectés tous les quinze jours à partir de juillet",
     sub="La communauté de communes du Val d'Orne change le rythme de collecte des emballages pour économiser 180 000 euros.",
     caption="Un camion de collecte dans une rue de Bréval.", credit="Photo : Damien Leroux-Quéré",
     low=1, only=["correction"],
     correction="Rectificatif : une première version de cet article indiquait que la collecte des ordures ménagères changeait aussi. Seuls les bacs jaunes sont concernés.",
     body="""
À partir du 1er juillet, les bacs jaunes ne seront plus vidés chaque semaine dans les 22 communes de la communauté de communes du Val d'Orne. La collecte des emballages et des papiers passera à un rythme d'une fois tous les quinze jours.

La décision a été votée en conseil communautaire le 9 juin, par 38 voix contre 11. Elle doit permettre d'économiser 180 000 euros par an sur le contrat de collecte.

Selon le vice-président chargé des déchets, Gérard Letellier, la plupart des bacs jaunes sortis chaque semaine sont à moitié vides. « On fait rouler des camions pour ramasser de l'air », résume-t-il.

Les foyers qui manquent de place pourront demander gratuitement un bac plus grand, de 340 litres au lieu de 240. Les demandes se font en mairie ou auprès du service déchets.

Le calendrier de collecte de chaque commune sera distribué dans les boîtes aux lettres fin juin. Il sera aussi affiché en mairie.

Certains élus de l'opposition craignent des débordements en été. Le maire de Bréval, Christine Aubry, a demandé un bilan au bout de six mois.

La collecte des ordures ménagères, elle, ne change pas.
"""),

dict(id="h37-fr-003", lang="fr", tpl="fusion", section="Vigne et terroir", date="2026-09-24", byline="Pauline Cazalis",
     title="« Une petite récolte, mais de très beaux raisins »",
     sub="Les vendanges se terminent dans le Minervois. Le président de la cave coopérative de Laure-sur-Argent fait le point.",
     caption="Vendangeurs dans une parcelle de la cave coopérative de Laure-sur-Argent.", credit="Photo : Pauline Cazalis",
     look=[("bold", "Comment se présente"), ("bold", "Pourquoi si peu ?"), ("bold", "Et la qualité ?"),
           ("bold", "Les prix vont-ils augmenter ?"), ("factbox", "La cave en chiffres")],
     body="""
Les derniers raisins sont arrivés mardi à la cave coopérative de Laure-sur-Argent. Son président, Jean-Marc Sabatier, vigneron sur 28 hectares, dresse le bilan des vendanges 2026.

Comment se présente la récolte ?

Elle est petite. Nous avons rentré environ 21 000 hectolitres, contre 27 000 l'an dernier. Certains coopérateurs ont perdu un tiers de leur récolte.

Pourquoi si peu ?

La grêle du 3 juin a touché les vignes du bas de la commune, et il n'a presque pas plu de juillet à la fin août. Les grappes sont petites, avec peu de jus.

Et la qualité ?

Très belle. Les raisins sont sains, bien mûrs, avec de l'acidité. Les syrahs surtout sont superbes. On fera de très bons vins, mais on en fera moins.

Les prix vont-ils augmenter ?

Un peu, sans doute. Mais nos clients ne nous suivront pas si on exagère. On préfère garder les prix et vendre plus en direct au caveau.

## La cave en chiffres

- 112 coopérateurs
- 640 hectares de vignes
- 1,4 million de bouteilles vendues par an

Le caveau de la cave coopérative est ouvert tous les jours sauf le dimanche après-midi, de 9 h à 12 h et de 14 h à 18 h.
"""),

dict(id="h37-es-001", lang="es", tpl="quintype", section="Gastronomía", date="2026-02-09", byline="Rocío Valdelomar",
     title="Las migas de Encarna Peralta ganan el concurso de Villanueva del Campillo",
     sub="Treinta y dos cuadrillas cocinaron en la plaza. La ganadora se niega a revelar un solo ingrediente.",
     caption="Encarna Peralta remueve las migas en la sartén durante el concurso.", credit="Foto: Rocío Valdelomar",
     carry=["recipe"],
     look=[("highlight", "El jurado destacó"), ("bold", "Encarna Peralta tiene 67 años")],
     body="""
Encarna Peralta tiene 67 años, lleva cincuenta haciendo migas y el domingo ganó por fin el concurso de Villanueva del Campillo, al que se presentaba por decimotercera vez.

Treinta y dos cuadrillas encendieron sus fuegos en la plaza del Ayuntamiento a las diez de la mañana. A las dos, el jurado, formado por tres cocineros de la comarca, probó todas las sartenes.

El jurado destacó que las migas de Peralta estaban "sueltas, doradas y sin una gota de aceite de más". El premio son 500 euros y un jamón.

La ganadora cocina con pan de cuatro días, como le enseñó su madre. Estos son los ingredientes que usa para una sartén de ocho raciones:

- Dos kilos de pan candeal del día de antes de ayer
- Una cabeza de ajos
- Medio kilo de panceta y dos chorizos
- Aceite de oliva, sal y un poco de agua

Lo demás, dice, es paciencia. "Hay que estar una hora dándoles vueltas sin parar. Si te vas a hablar con alguien, se te pegan", explica.

Lo que no ha querido contar es qué echa al final, cuando ya están hechas. "Eso se lo diré a mi nieta, y a nadie más", asegura entre risas.

El segundo premio fue para la peña Los Tragaldabas y el tercero, para la asociación de jubilados de Tarazona de la Sierra.

La Concejalía de Fiestas calcula que pasaron por la plaza unas 3.000 personas. Las raciones sobrantes se repartieron gratis entre los asistentes.
"""),

dict(id="h37-es-002", lang="es", tpl="legacy-br", section="Local", date="2026-04-14", byline="Julián Escrivá",
     title="El Ayuntamiento de Benialgar estrena una aplicación para avisar de averías",
     sub="Los vecinos podrán enviar una foto de una farola fundida o un bache y seguir el arreglo desde el móvil.",
     caption="Un operario municipal repara una farola en la avenida del Mar.", credit="Foto: Julián Escrivá",
     low=0,
     body="""
Descargar la aplicación, hacer una foto y enviarla. Así de sencillo será, según el Ayuntamiento de Benialgar, avisar de una farola fundida, un bache o un contenedor roto a partir de este mes.

La aplicación, llamada Benialgar Avisa, es gratuita y funciona en cualquier teléfono. El aviso llega con la ubicación exacta al departamento correspondiente, que tiene 48 horas para responder.

**Seguir el arreglo paso a paso**

Los vecinos podrán seguir cada aviso desde el móvil y recibirán un mensaje cuando la avería esté reparada. También podrán ver en un mapa los avisos que ya han enviado otros vecinos, para no repetirlos.

El concejal de Servicios, Andreu Bolufer, reconoce que hasta ahora muchas quejas se perdían. "Llegaban por teléfono, por correo, en la barra del bar... Ahora todo entra por la misma puerta", explica.

**Sin móvil, como siempre**

Quien no tenga teléfono inteligente podrá seguir llamando al 965 000 412 o acudir a la oficina de atención al ciudadano, en la planta baja del Ayuntamiento.

La aplicación ha costado 22.000 euros y no incluye publicidad. El Ayuntamiento asegura que no guarda más datos que los necesarios para cada aviso.

Durante la primera semana, técnicos municipales instalarán un puesto en el mercado de los jueves para ayudar a los vecinos a descargarla y a enviar su primer aviso.
"""),

dict(id="h37-es-003", lang="es", tpl="table", section="Vivienda", date="2026-07-21", byline="Marta Iriondo",
     title="El alquiler en Aldaia del Pinar sube un 14 % en un año",
     sub="Un piso de dos dormitorios cuesta ya 780 euros al mes. Los jóvenes se marchan a los pueblos de alrededor.",
     caption="Bloques de viviendas en el barrio de San Roque.", credit="Foto: Marta Iriondo",
     carry=["property"],
     body="""
Alquilar un piso en Aldaia del Pinar es hoy un 14 % más caro que hace un año. Según los datos del último informe del colegio de agentes inmobiliarios, el precio medio de un piso de dos dormitorios ha pasado de 684 a 780 euros al mes.

El informe, presentado el lunes, sitúa a la localidad como la tercera de la provincia donde más ha subido el alquiler, solo por detrás de la capital y de Puerto Alcázar.

## Pocos pisos y muchos interesados

Los agentes atribuyen la subida a la falta de oferta. En toda la localidad apenas hay 60 viviendas anunciadas en alquiler, y cada una recibe decenas de llamadas en el primer día.

"Pongo un piso por la mañana y por la tarde ya tengo que quitar el anuncio", cuenta Begoña Landa, que tiene una agencia en la calle Real desde hace veinte años.

## Los jóvenes se van

Quienes más lo notan son los jóvenes. Ainhoa Castrillo, de 27 años, enfermera del centro de salud, se ha ido a vivir a Villar de la Hoz, a 15 kilómetros. "Aquí no encontraba nada por menos de 750 euros. Allí pago 450", explica.

El Ayuntamiento prepara una promoción de 48 viviendas de alquiler asequible en los antiguos terrenos de la estación. La alcaldesa, Nuria Gorostiza, espera que las obras empiecen antes de final de año.

Las viviendas se adjudicarán por sorteo entre menores de 35 años empadronados en el municipio.
"""),

dict(id="h37-ru-001", lang="ru", tpl="nextjs", section="Общество", date="2026-11-26", byline="Марина Обухова",
     title="Умер Валентин Сергеевич Корнилов, сельский врач из Малой Ижоры",
     sub="Почти полвека он лечил жителей шести деревень. Проститься с ним можно будет в субботу.",
     caption="Валентин Корнилов в фельдшерско-акушерском пункте, 2015 год.", credit="Фото: Марина Обухова",
     carry=["condolence"],
     look=[("italic", "«Он знал каждого по имени")],
     body="""
На 83-м году жизни умер Валентин Сергеевич Корнилов, который 47 лет проработал врачом в Малой Ижоре. Об этом сообщили в районной больнице.

Корнилов приехал в село по распределению в 1968 году, сразу после мединститута. Он должен был отработать три года, но остался навсегда.

Все эти годы он был единственным врачом на шесть деревень. Принимал в амбулатории, ездил на вызовы сначала на мотоцикле, потом на «Ниве», зимой — на лыжах. В 1987 году зимой принял роды у соседки прямо в её доме, когда из-за метели не пришла машина из города.

«Он знал каждого по имени, и не только нас, но и наших детей и внуков. Помнил, у кого какое давление», — рассказывает жительница Малой Ижоры Нина Петровна Гуськова.

В 2015 году, уже на пенсии, Корнилов продолжал дважды в неделю принимать пациентов в фельдшерско-акушерском пункте. Денег за это он не брал.

Глава сельского поселения Андрей Ветошкин сообщил, что улицу, на которой стоит амбулатория, предложено назвать именем Корнилова. Решение примет совет депутатов в декабре.

У Валентина Сергеевича остались жена, сын и трое внуков.

Прощание пройдёт в субботу, 29 ноября, с 10 до 12 часов в сельском доме культуры.
"""),

dict(id="h37-ru-002", lang="ru", tpl="gutenberg", section="ЖКХ", date="2026-08-27", byline="Денис Шабалин",
     title="В Заречном сдали дом для жителей аварийных бараков",
     sub="Ключи получили 42 семьи. Ещё 60 ждут переселения в следующем году.",
     caption="Новый дом на улице Строителей в посёлке Заречный.", credit="Фото: Денис Шабалин",
     carry=["property"],
     look=[("dropcap", "В посёлке Заречный"), ("box", "Переселение остальных жителей")],
     body="""
В посёлке Заречный сдали трёхэтажный дом на 42 квартиры для жителей аварийных бараков. Ключи новосёлы получили в пятницу.

Дом на улице Строителей построили за полтора года. В нём однокомнатные и двухкомнатные квартиры с отделкой, площадь каждой — не меньше, чем у прежнего жилья.

## Из бараков 1950-х годов

Новые квартиры получили семьи из четырёх деревянных бараков на улице Лесозаводской. Их построили в 1950-х годах для рабочих лесозавода, который закрылся ещё в 1990-е. Аварийными дома признали в 2017 году.

Пенсионерка Галина Фёдоровна Ложкина прожила в бараке 51 год. «Зимой в углу комнаты был иней. Воду носили из колонки. Я до сих пор не верю, что у меня будет горячая вода из крана», — говорит она.

## Второй дом уже строят

Переселение остальных жителей аварийного фонда посёлка запланировано на следующий год: ещё 60 семей получат квартиры во втором доме, строительство которого уже началось.

Освободившиеся бараки снесут до конца осени. На их месте администрация обещает сделать детскую площадку и сквер.

Строительство обошлось в 148 миллионов рублей. Деньги выделили из федерального фонда и областного бюджета.
"""),

dict(id="h37-ru-003", lang="ru", tpl="medium", site="Заметки с Вычегды", kind="indie", section="Люди",
     date="2026-06-19", byline="Алёна Турьева",
     title="«Пчёлы не любят, когда ты торопишься»",
     sub="Пасечник из Усть-Кулома Пётр Мезенцев держит 80 ульев и каждое лето кочует с ними по лесным полянам.",
     caption="Пётр Мезенцев осматривает рамку с мёдом.", credit="Фото: Алёна Турьева",
     look=[("bold", "Как вы стали пасечником?"), ("bold", "Сколько у вас ульев?"), ("bold", "Кусают?"),
           ("bold", "Что самое трудное?")],
     body="""
Петру Мезенцеву 64 года. Тридцать из них он держит пчёл в Усть-Куломе, а летом вывозит ульи на лесные поляны, где цветёт иван-чай. Мы поговорили с ним на пасеке, пока он проверял рамки.

Как вы стали пасечником?

Случайно. В девяностые на заводе перестали платить зарплату, а у тестя было три улья. Он сказал: «Бери, хоть мёд будет». Так и пошло.

Сколько у вас ульев?

Сейчас восемьдесят. Больше одному не справиться. Жена помогает с откачкой, сын приезжает на выходные.

Кусают?

Каждый день. Привыкаешь. Пчёлы не любят, когда ты торопишься или нервничаешь. Я к ним всегда подхожу спокойно, без духов, без резких движений.

Что самое трудное?

Зима. Если пчёлы плохо перезимуют, весной можно потерять половину пасеки. Три года назад я потерял двадцать семей за одну зиму.

Мёд Мезенцев продаёт на рынке в Сыктывкаре и по знакомым, по 900 рублей за килограмм. Иван-чайный мёд, говорит он, расходится за две недели.

Этим летом он впервые взял двух учеников из местной школы. «Кому-то ведь надо пасеку оставить», — объясняет пасечник.
"""),
]
