# Turkish, German, French, Spanish and Russian stories for the sixty-sixth held-out part (h66-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Same markup and fields as articles_h66_en.py.
ARTICLES = [
dict(id="h66-tr-001", lang="tr", tpl="hugo", section="Gündem", date="2026-08-06", byline="Gökhan Tezcan",
     title="Baraj yüzde 11'e düştü, Kızılyurt'ta geceleri su kesiliyor",
     sub="Akpınar Barajı'ndaki su seviyesi son yirmi yılın en düşük düzeyinde. Kesintiler şehrin iki bölgesinde dönüşümlü uygulanıyor.",
     caption="Akpınar Barajı'nda suyun çekildiği kıyı.", credit="Fotoğraf: Gökhan Tezcan",
     carry=["tapwater", "map"],
     body="""
Kızılyurt'ta barajdaki su seviyesi yüzde 11'e düşünce belediye, ağustos başından itibaren şehrin yarısında geceleri suyu kesme kararı aldı. Kesintiler her gece 23.00 ile sabah 06.00 arasında uygulanıyor.

Şehrin içme suyunun büyük bölümünü karşılayan Akpınar Barajı, geçen yıl bu zamanlar yüzde 46 doluydu. Meteoroloji verilerine göre bölgeye son on iki ayda normalin yarısı kadar yağış düştü.

Kızılyurt Su ve Kanalizasyon İdaresi Genel Müdürü Levent Tokgöz, kesintilerin zorunlu olduğunu söyledi. "Önlem almazsak eylül sonunda barajda kullanılabilir su kalmayacak. Gece kesintisiyle günde yaklaşık 9 bin ton tasarruf ediyoruz," dedi.

## Hangi mahalleler etkileniyor?

Kesinti programı iki bölge halinde uygulanıyor: tek günlerde kuzeydeki mahalleler, çift günlerde güneydeki mahalleler. Hastaneler, huzurevleri ve fırınlar kesintiden muaf tutuluyor.

## Vatandaş ne diyor?

Cumhuriyet Mahallesi'nde oturan üç çocuk annesi Hatice Yörük, sabah saatlerinde suyun bulanık geldiğini anlattı. "Su geldiğinde ilk yarım saat çamaşır makinesini çalıştıramıyoruz, musluktan çamurlu su akıyor," dedi.

Esnaf ise daha çok yaz sonunu düşünüyor. Çarşıda lokanta işleten Mahmut Ekinci, "Turist sezonunda suyun gündüz de kesilmesinden korkuyoruz," diye konuştu.

İdare, eski boruların değişimine de hız verdi. Şehirdeki şebeke suyunun yaklaşık üçte biri, çatlak ve çürük borular yüzünden evlere ulaşmadan kayboluyor.

Belediye, su tasarrufu için şu önerilerde bulunuyor:

- bahçe sulamasını akşam saatlerine bırakmak
- araç yıkarken hortum yerine kova kullanmak
- damlatan muslukları hemen tamir ettirmek

Kesinti takvimi her hafta belediyenin duyuru panolarında ve muhtarlıklarda ilan ediliyor.
"""),

dict(id="h66-tr-002", lang="tr", tpl="table", section="Spor", date="2026-03-11", byline="Nurcan Altıntaş",
     title="Beton sahada çalışan köy okulu kızları bölge finalinde",
     sub="Yeşilköy Ortaokulu'nun kız voleybol takımı, il şampiyonluğunu kazanarak bölge finallerine katılma hakkı elde etti.",
     caption="Yeşilköy Ortaokulu kız voleybol takımı köy meydanında.", credit="Fotoğraf: Nurcan Altıntaş",
     carry=["clubfinder"],
     body="""
Yeşilköy Ortaokulu'nun kız voleybol takımı, ilçeden çıkan ilk takım olarak bölge finallerine katılmaya hak kazandı. Takımdaki on iki öğrencinin çoğu, bir yıl öncesine kadar hiç voleybol topuna dokunmamıştı.

Takımı, okulun beden eğitimi öğretmeni Sevda Arıkan kurdu. Okulun spor salonu olmadığı için antrenmanlar köy meydanındaki beton sahada, kışın ise muhtarlığın düğün salonunda yapıldı.

"İlk antrenmana yedi kız geldi, filemiz bile yoktu. Bahçedeki iki direğin arasına çamaşır ipi gerdik," diyor Arıkan.

**Köy seferber oldu**

Takımın formalarını köyün gurbetçileri aldı, il merkezindeki maçlara giden minibüsün parasını köy derneği ödedi. Her maçta bir otobüs dolusu taraftar takımı yalnız bırakmadı.

Takımın kaptanı 14 yaşındaki Elif Sarıgül, maçlardan sonra gece geç saatte eve dönüp sabah erkenden hayvanları sağmaya kalktığını anlatıyor. "Annem başta karşıydı, şimdi bütün maçlara geliyor," dedi.

İl müsabakalarında beş maçın beşini kazanan takım, finalde il merkezindeki özel okulu 3-1 yendi. Maçın son sayısını, takımın en küçüğü olan 12 yaşındaki Zehra Yalçın'ın servisi getirdi.

Öğretmen Arıkan'a göre başarının sırrı disiplin. Kızlar antrenmana gelmeden önce ödevlerini bitirmek zorunda; notu düşen öğrenci o hafta maça çıkamıyor.

**Salon sözü**

İlçe kaymakamı, okulun bahçesine çok amaçlı bir spor salonu yapılacağını açıkladı. Proje için ödenek ayrıldığı ve ihalenin sonbaharda yapılacağı belirtildi.

Bölge finalleri 18-21 Nisan tarihlerinde Yaylacık'ta oynanacak.
"""),

dict(id="h66-tr-003", lang="tr", tpl="storybody", section="Yaşam", date="2026-01-28", byline="Emre Karataş",
     title="Fırıncı Recep Usta: \"Ekmek sabır ister\"",
     sub="Eskiçarşı'daki taş fırını 47 yıldır işleten Recep Gündoğdu her gece saat üçte kalkıyor.",
     caption="Recep Gündoğdu, odun ateşli fırınının başında.", credit="Fotoğraf: Emre Karataş",
     low=0,
     body="""
Recep Gündoğdu, Eskiçarşı'daki taş fırını 1979'da babasından devraldı. 47 yıldır her gece saat üçte kalkıyor, odun ateşinde ekmek pişiriyor. Fırının önünde sıra bekleyenlerin arasında kendisiyle konuştuk.

**Gece üçte kalkmak zor değil mi?**

Alıştım. Vücudum saat gibi, çalar saate gerek kalmıyor. Asıl zor olan akşam dokuzda yatmak. Torunlarımın doğum günlerinden bile erken kalkıyorum.

**Neden odun fırını?**

Ekmeğin tadı başka oluyor. Elektrikli fırında kabuk bu kadar kıtır olmaz. Odunu köylerden alıyorum, meşe ve gürgen.

**Günde kaç ekmek çıkarıyorsunuz?**

Hafta içi 1.200 civarı, cumartesi 2.000'i geçiyor. Bayram sabahları sayamıyoruz bile.

**Marketler rakip değil mi?**

Onların ekmeği ertesi gün sünger gibi oluyor. Millet farkı biliyor. Müşterilerimin yarısı yirmi yıldır aynı insanlar.

**En çok neyi özlüyorsunuz?**

Eskiden mahalleli hamurunu evde yoğurup bize getirirdi, biz pişirirdik. Tepsiler sokağa kadar dizilirdi. Şimdi kimse evde hamur yoğurmuyor.

**Çırak var mı?**

İki genç var, biri yeğenim. Öğreniyorlar ama sabırsızlar. Hamuru dinlendirmeden fırına vermek istiyorlar. Ekmek sabır ister.

**Emekliliği düşünüyor musunuz?**

Doktorum "artık yavaşla" diyor. Belki cumartesileri yeğenime bırakırım. Ama fırından tamamen ayrılmak yok, burası benim evim.

Fırın pazartesi hariç her gün sabah altıdan öğlene kadar açık.
"""),

dict(id="h66-de-001", lang="de", tpl="drupal", section="Sport", date="2026-10-08", byline="Matthias Ebner",
     title="TSV Brunnbach eröffnet nach zwei Jahren Bauzeit seine neue Sporthalle",
     sub="Die 14 Abteilungen des Vereins trainieren wieder unter einem Dach. Die Warteliste beim Kinderturnen soll damit verschwinden.",
     caption="Die neue Sporthalle des TSV Brunnbach am Mühlweg.", credit="Foto: Matthias Ebner",
     carry=["clubfinder"],
     look=[("box", "In der neuen Halle gibt es nun zusätzliche Zeiten")],
     body="""
Der TSV Brunnbach 1898 hat seine neue Sporthalle eröffnet. Nach zwei Jahren Bauzeit können die 14 Abteilungen des Vereins wieder unter einem Dach trainieren, statt auf drei Schulturnhallen in der Umgebung verteilt zu sein.

Die Halle am Mühlweg hat 4,6 Millionen Euro gekostet. Zuschüsse kamen vom Land und vom Landessportbund, die Gemeinde Brunnbach steuerte 1,2 Millionen Euro bei. Rund 400.000 Euro brachte der Verein selbst auf, unter anderem durch Spendenläufe und einen Weihnachtsmarkt.

„Für einen Dorfverein ist das ein riesiger Kraftakt gewesen“, sagte der Vorsitzende Jürgen Kessler bei der Eröffnung. Mitglieder hätten beim Abbruch der alten Halle und beim Innenausbau mehr als 3.000 Stunden ehrenamtlich gearbeitet.

## Wartelisten beim Kinderturnen

Vor allem bei den Kindern war der Platz knapp geworden. Das Kinderturnen hatte zuletzt eine Warteliste mit mehr als 80 Namen, die Handballjugend musste Trainingszeiten kürzen.

In der neuen Halle gibt es nun zusätzliche Zeiten für Kinderturnen, Rehasport und eine neue Abteilung für Rollstuhlbasketball.

Jugendleiterin Sabine Ostertag hofft, dass der Verein so auch Jugendliche hält, die sonst mit 14 oder 15 aufhören. „Wir wollen nicht nur Leistungssport anbieten. Manche wollen einfach mit Freunden Sport machen, ohne Wettkampf.“

## Kritik an den Hallengebühren

Nicht alle sind zufrieden. Die Gemeinde verlangt von anderen Vereinen künftig eine Nutzungsgebühr von zwölf Euro pro Stunde. Der Tischtennisclub Brunnbach hält das für zu hoch und prüft, ob er weiter in die Schulturnhalle ausweicht.

Bürgermeisterin Petra Lindemann verteidigte die Gebühr: Sie decke nicht einmal die Heizkosten.

Am Sonntag, 18. Oktober, lädt der TSV von 10 bis 16 Uhr zum Tag der offenen Tür mit Schnupperstunden in allen Abteilungen ein.
"""),

dict(id="h66-de-002", lang="de", tpl="medium", site="Nordstadt-Notizen", kind="indie",
     section="Nachbarschaft", date="2026-04-16", byline="Jana Wittkamp",
     title="Ein Jahr Lastenräder aus dem Stadtteilladen: eine Bilanz",
     sub="Aus einem Rad wurden sieben, ausgeliehen wurden sie fast 2.000 Mal. Nicht alles lief glatt.",
     caption="Zwei der Lastenräder vor dem Stadtteilladen in der Körnerstraße.", credit="Foto: Jana Wittkamp",
     carry=["calendar"],
     look=[("italic", "„Ein Auto haben wir abgeschafft")],
     body="""
Vor einem Jahr stand das erste Lastenrad vor dem Stadtteilladen in der Körnerstraße. Heute sind es sieben, und an Samstagen sind sie oft Tage vorher ausgebucht. Zeit für eine Bilanz.

Die Idee kam von drei Nachbarinnen, die sich ärgerten, dass für jeden Getränkeeinkauf ein Auto aus der Garage geholt wurde. Sie gründeten einen Verein, sammelten Spenden und bekamen Geld aus dem Klimafonds der Stadt.

**Wie es funktioniert**

Wer ein Rad leihen will, bucht es online und holt den Schlüssel bei einem der Gastgeber ab: beim Stadtteilladen, in einer Bäckerei, in einer Apotheke. Das Ausleihen kostet nichts, Spenden sind willkommen.

Im ersten Jahr wurden die Räder 1.860 Mal ausgeliehen. Wofür, haben die Vereinsmitglieder aufgeschrieben:

- Wocheneinkäufe und Getränkekisten
- Kinder in die Kita bringen
- Umzüge innerhalb des Viertels
- Grünschnitt zum Wertstoffhof fahren
- einmal sogar ein Klavier

„Ein Auto haben wir abgeschafft, das zweite steht meistens.“

So fasst es Mareike Sonntag zusammen, die mit zwei Kindern im Viertel wohnt und die Räder fast jede Woche nutzt.

**Was nicht klappt**

Es gibt auch Ärger. Zwei Räder wurden im Winter beschädigt zurückgegeben, eines stand drei Tage zu lange vor einer fremden Haustür. Und die Reparaturen kosten mehr als gedacht: Allein Reifen und Bremsen verschlangen im ersten Jahr 2.400 Euro.

Der Verein sucht deshalb Menschen, die schrauben können, und weitere Gastgeber im nördlichen Teil des Viertels.

Am 9. Mai feiert der Verein ab 14 Uhr vor dem Stadtteilladen Geburtstag, mit Probefahrten für alle, die sich noch nicht getraut haben.
"""),

dict(id="h66-de-003", lang="de", tpl="gutenberg", section="Menschen", date="2026-12-09", byline="Carola Heimerl",
     title="„Wenn ich da war, brennt Ihr Haus nicht ab“: Ein Schornsteinfeger nimmt Abschied",
     sub="Bernd Rauscher war 38 Jahre lang Bezirksschornsteinfeger in Aschau. Zum Jahresende übergibt er an seine Gesellin.",
     caption="Bernd Rauscher auf einem Dach in der Aschauer Altstadt.", credit="Foto: Carola Heimerl",
     look=[("dropcap", "Seit 38 Jahren steigt Bernd Rauscher")],
     body="""
Seit 38 Jahren steigt Bernd Rauscher auf die Dächer im Kehrbezirk Aschau. Ende des Jahres übergibt der Bezirksschornsteinfegermeister an seine Nachfolgerin. Ein Gespräch über Glück, Ruß und Holzöfen.

**Bringen Sie wirklich Glück?**

Das fragen mich die Leute jeden Tag. Ich sage immer: Wenn ich da war, brennt Ihr Haus nicht ab. Das ist doch Glück genug.

**Wie hat sich der Beruf verändert?**

Früher war ich jeden Abend schwarz bis hinter die Ohren. Heute messe ich vor allem Abgaswerte, mit Laptop und Messgerät. Aber gefegt wird immer noch, vor allem bei Holzöfen.

**Gibt es mehr Holzöfen als früher?**

Deutlich mehr. Seit der Energiekrise haben sich in meinem Bezirk bestimmt 200 Haushalte einen Kaminofen eingebaut. Viele heizen leider mit zu feuchtem Holz.

**Ihr gefährlichster Moment?**

Ein vereistes Dach im Januar 1994. Ich bin gerutscht und hing am Leiterhaken. Seitdem gehe ich bei Glatteis nicht mehr hoch, egal was der Kunde sagt.

**Wer übernimmt?**

Meine Gesellin Lea Wachter, 29. Sie hat gerade die Meisterprüfung bestanden. Dass eine Frau den Bezirk übernimmt, finden manche ältere Kunden noch ungewohnt. Das legt sich.

**Und Sie?**

Ich fahre mit meiner Frau nach Norwegen. Und ich werde im Winter endlich einmal ausschlafen.

Die Kundinnen und Kunden im Kehrbezirk bekommen ihre Termine ab Januar von Lea Wachter per Brief.
"""),

dict(id="h66-fr-001", lang="fr", tpl="typo3", site="Commune de Saint-Vérand-sur-Loise", kind="public",
     section="Urbanisme", date="2026-03-18", byline="Service urbanisme",
     title="Révision du plan local d'urbanisme : la concertation est ouverte",
     sub="Jusqu'au 30 juin 2026, les habitants peuvent donner leur avis sur le futur PLU de Saint-Vérand.",
     caption="Le bourg de Saint-Vérand vu depuis le plateau des Combes.", credit="Photo : Commune de Saint-Vérand-sur-Loise",
     carry=["consultboard"],
     body="""
La commune engage la révision de son plan local d'urbanisme (PLU), adopté en 2011. Une concertation est ouverte à tous les habitants jusqu'au 30 juin 2026.

Le PLU fixe les règles de construction sur l'ensemble du territoire communal : les zones où l'on peut bâtir, la hauteur des bâtiments, les espaces agricoles et naturels à protéger. Celui de Saint-Vérand ne tient plus compte des dernières lois sur l'artificialisation des sols ni des risques d'inondation de la Loise.

## Les grands enjeux

Le conseil municipal a retenu quatre orientations :

- accueillir environ 250 habitants supplémentaires d'ici 2040, en priorité dans le bourg
- protéger les terres agricoles du plateau des Combes
- réduire de moitié les surfaces ouvertes à la construction
- créer une liaison piétonne et cyclable entre le bourg et la gare

## Comment participer

Un registre est à la disposition du public à l'accueil de la mairie, aux heures d'ouverture. Les habitants peuvent également écrire à M. le Maire par courrier.

Deux réunions publiques sont organisées à la salle des fêtes : le jeudi 16 avril à 19 h, consacrée au diagnostic, et le mardi 9 juin à 19 h, consacrée au projet.

Une exposition de panneaux présentant le diagnostic du territoire est visible dans le hall de la mairie.

## Et ensuite ?

À l'issue de la concertation, le conseil municipal arrêtera le projet de PLU, qui sera soumis à l'avis des services de l'État, puis à une enquête publique au printemps 2027.

La mairie est ouverte du lundi au vendredi de 8 h 30 à 12 h et le mercredi après-midi de 14 h à 17 h 30.
"""),

dict(id="h66-fr-002", lang="fr", tpl="fusion", section="Sports", date="2026-05-04", byline="Aurélien Vidal",
     title="Rugby : les féminines de Valbonne montent en Fédérale 1",
     sub="Neuf joueuses il y a trois ans, 46 licenciées aujourd'hui : l'équipe féminine du RC Valbonne-sur-Arve change de dimension.",
     caption="Les joueuses du RC Valbonne après la victoire de dimanche.", credit="Photo : Aurélien Vidal",
     carry=["clubfinder", "scores"],
     look=[("factbox", "Ce que change la montée")],
     body="""
Il y a trois ans, elles étaient neuf à l'entraînement du mardi soir. Aujourd'hui, l'équipe féminine du Rugby Club de Valbonne-sur-Arve compte 46 licenciées et vient de décrocher sa montée en Fédérale 1.

Dimanche, au stade Marcel-Rigaud, les joueuses ont battu Saint-Jorioz-la-Rive 24 à 10 devant plus de 800 spectateurs, un record pour un match féminin au club.

« Au début, on nous prêtait le terrain quand les garçons avaient fini, et il n'y avait pas d'eau chaude dans notre vestiaire », se souvient la capitaine, Laëtitia Morand, 31 ans, infirmière à l'hôpital de Valbonne.

## Des joueuses venues d'ailleurs

La plupart des joueuses n'avaient jamais touché un ballon ovale avant de venir au club. On y trouve une ancienne handballeuse, deux judokas, une professeure des écoles et une agricultrice de 38 ans.

L'entraîneur, Kévin Ducros, ancien trois-quarts centre du club, a dû adapter ses séances. « Elles posent plus de questions que les garçons. Et elles écoutent les réponses », sourit-il.

## Ce que change la montée

- des déplacements plus longs, jusque dans le Massif central
- un budget qui passe de 18 000 à 45 000 euros
- l'obligation d'aligner une équipe réserve
- un deuxième entraîneur diplômé

Le club cherche des partenaires pour boucler ce budget. La mairie a promis une subvention supplémentaire et la rénovation du vestiaire des féminines avant la rentrée.

Les portes ouvertes de l'école de rugby féminine auront lieu le samedi 5 septembre de 10 h à 12 h au stade Marcel-Rigaud.
"""),

dict(id="h66-fr-003", lang="fr", tpl="wordpress", section="Vie locale", date="2026-09-29", byline="Sandrine Mallet",
     title="Lentigny retrouve sa boulangerie grâce à une cagnotte de 412 donateurs",
     sub="Fermée depuis dix-huit mois faute de repreneur, la boulangerie du village a rouvert lundi avec un jeune couple aux fourneaux.",
     caption="Samia et Thomas Lecœur devant leur boulangerie, rue de l'Église.", credit="Photo : Sandrine Mallet",
     look=[("dropcap", "Depuis lundi, l'odeur du pain chaud")],
     body="""
Depuis lundi, l'odeur du pain chaud est revenue rue de l'Église à Lentigny. La boulangerie du village, fermée depuis dix-huit mois faute de repreneur, a rouvert grâce à une cagnotte en ligne et à la mairie.

Lorsque l'ancien boulanger, Jean-Claude Perrot, a pris sa retraite, personne n'a voulu reprendre le fonds. Les 1 100 habitants de Lentigny devaient faire huit kilomètres pour acheter une baguette.

La commune a racheté les murs et le four pour 95 000 euros. Restait à trouver un boulanger. C'est un reportage diffusé par une télévision régionale qui a attiré Samia et Thomas Lecœur, un couple de trentenaires installés jusque-là en banlieue parisienne.

**Une cagnotte de 22 000 euros**

Pour les aider à acheter le matériel, un collectif d'habitants a lancé une cagnotte. En trois semaines, 412 donateurs ont réuni 22 000 euros, parmi lesquels d'anciens habitants partis vivre à l'étranger.

« On n'aurait jamais pu s'installer sans eux. On a l'impression d'avoir 412 associés », dit Samia Lecœur.

La boulangerie propose du pain au levain, des viennoiseries et, le week-end, des cookies au chocolat qui ont déjà leurs fidèles. Le couple a embauché une vendeuse du village.

**Un dépôt de pain dans les hameaux**

Le maire, Didier Fauchard, se réjouit de voir « le cœur du village battre à nouveau ». Un dépôt de pain sera bientôt ouvert dans les deux hameaux de la commune, au café des Granges et à la mairie annexe.

La boulangerie est ouverte du mardi au dimanche de 6 h 30 à 13 h et de 16 h à 19 h.
"""),

dict(id="h66-es-001", lang="es", tpl="semantic", section="Comarca", date="2026-08-20", byline="Rocío Aranda",
     title="El Alto Gévora tendrá cortes nocturnos de agua por la sequía",
     sub="El embalse de Peñaseca, del que beben 38.000 personas, está al 17 % de su capacidad, el nivel más bajo desde su construcción.",
     caption="El embalse de Peñaseca, con las orillas al descubierto.", credit="Foto: Rocío Aranda",
     carry=["tapwater"],
     look=[("italic", "«Tengo 84 años y nunca había visto")],
     body="""
Los catorce municipios de la Mancomunidad del Alto Gévora tendrán cortes nocturnos de agua a partir del lunes. El embalse de Peñaseca, del que beben unas 38.000 personas, está al 17 % de su capacidad, el nivel más bajo desde que se construyó en 1974.

La mancomunidad aprobó el jueves el paso a la fase de emergencia del plan de sequía. El suministro se cortará de once de la noche a seis de la mañana, y quedan prohibidos el riego de jardines, el llenado de piscinas y el lavado de coches con manguera.

«No es una decisión que hayamos tomado a la ligera, pero si no reducimos el consumo un 25 %, en octubre no habrá agua que cortar», explicó el presidente de la mancomunidad, Fermín Alcaraz.

## Camiones cisterna en las aldeas

Las aldeas más altas, como Valdemora y Las Tejeras, ya reciben agua en camiones cisterna desde julio porque sus manantiales se han secado. Los vecinos hacen cola con garrafas dos veces por semana.

«Tengo 84 años y nunca había visto la fuente del pueblo seca», dice Encarna Ruiz, vecina de Valdemora.

## El agua sale turbia

En varios barrios de la cabecera comarcal, el agua sale turbia por las mañanas al reanudarse el suministro. La empresa gestora asegura que es potable y recomienda dejar correr el grifo unos minutos.

Los agricultores de regadío son los más afectados. La comunidad de regantes ha reducido la dotación a la mitad, y muchos han renunciado a sembrar maíz este año.

La mancomunidad ha pedido al Gobierno regional que declare la zona en situación de emergencia, lo que permitiría obras urgentes para traer agua de otro embalse.
"""),

dict(id="h66-es-002", lang="es", tpl="ghost", section="Ciudad", date="2026-04-07", byline="Álvaro Quintana",
     title="Torrebaja abre a los vecinos el debate sobre peatonalizar el casco antiguo",
     sub="El plan afecta a once calles por las que pasan unos 4.000 coches al día. Vecinos y comerciantes pueden opinar hasta el 15 de mayo.",
     caption="La calle del Horno, en el casco antiguo de Torrebaja.", credit="Foto: Álvaro Quintana",
     carry=["consultboard"],
     look=[("callout", "Las propuestas también se pueden entregar")],
     body="""
El Ayuntamiento de Torrebaja ha abierto un proceso de participación ciudadana sobre su plan para peatonalizar las calles del casco antiguo. Vecinos y comerciantes pueden opinar hasta el 15 de mayo.

El proyecto afecta a once calles en torno a la plaza de la Constitución, por donde pasan ahora unos 4.000 coches al día. Solo podrían circular vecinos con cochera, servicios de emergencia y vehículos de reparto, estos últimos de siete a once de la mañana.

La concejala de Urbanismo, Nuria Pascual, sostiene que el casco antiguo «se ha convertido en un atajo para ir al polígono» y que las aceras, de menos de un metro en algunos tramos, no son seguras.

## Los comerciantes, divididos

La asociación de comerciantes del centro teme perder a los clientes que llegan en coche. Su presidente, Ramón Ferrer, propone un aparcamiento disuasorio gratuito antes de cerrar las calles al tráfico.

Otros comercios lo ven de otra forma. «Cuando cortaron la calle Mayor por obras, vendí más: la gente paseaba y miraba los escaparates», cuenta Lidia Moreno, que tiene una mercería.

## Tres reuniones por barrios

El ayuntamiento celebrará tres reuniones abiertas en el centro cívico: el 21 de abril con los vecinos del casco antiguo, el 23 con los comerciantes y el 28 con el resto de la ciudad.

Las propuestas también se pueden entregar por escrito en el registro municipal, de nueve a dos.

Si el plan sale adelante, las obras empezarían en enero y durarían unos ocho meses.
"""),

dict(id="h66-es-003", lang="es", tpl="amp", section="Cultura", date="2026-11-13", byline="Begoña Salvatierra",
     title="El cine Avenida de Puebla de Arlanza reabre trece años después, gracias a 230 vecinos",
     sub="Una cooperativa ha comprado el edificio y renovado la sala, que proyectará películas tres días a la semana.",
     caption="La fachada del cine Avenida con el cartel de reapertura.", credit="Foto: Begoña Salvatierra",
     section_tag=True,
     body="""
El cine Avenida de Puebla de Arlanza vuelve a abrir sus puertas trece años después de su cierre. Una cooperativa de 230 vecinos ha comprado el edificio y ha renovado la sala, que proyectará películas tres días a la semana.

El Avenida, inaugurado en 1954, llegó a tener 600 butacas y dos sesiones diarias. Cerró en 2013, cuando sus propietarios no pudieron costear el cambio al proyector digital.

La cooperativa se formó hace dos años. Cada socio aportó un mínimo de 200 euros, y entre todos reunieron 91.000 euros, a los que se sumaron 60.000 de la diputación para el nuevo proyector y la pantalla.

«Todo el mundo en el pueblo tiene un recuerdo aquí: la primera cita, la primera película de miedo», dice Consuelo Ibarra, presidenta de la cooperativa.

Los voluntarios se han repartido el trabajo:

- la taquilla y el bar, por turnos de fin de semana
- la programación, a cargo de un comité de seis socios
- la limpieza y el mantenimiento de la sala
- la difusión en colegios y residencias

La sala tiene ahora 240 butacas, más cómodas que las antiguas. Se han conservado las lámparas de la entrada y el telón rojo.

La primera sesión se agotó en veinte minutos.

La entrada cuesta cinco euros, y cuatro para los socios. Hay sesiones los viernes y sábados a las 20.00 y los domingos a las 18.00.
"""),

dict(id="h66-ru-001", lang="ru", tpl="expressionengine", site="Междуречье сегодня",
     section="Город", date="2026-05-06", byline="Олег Савинов",
     title="В Сосновке меняют водопровод, из-за которого годами шла ржавая вода",
     sub="До конца года подрядчик заменит почти шесть километров труб 1968 года. Воду будут отключать поэтапно, по улицам.",
     caption="Замена труб на улице Лесной.", credit="Фото: Олег Савинов",
     body_caption="Новые полиэтиленовые трубы на складе подрядчика.",
     carry=["tapwater"],
     look=[("highlight", "В Краснопольске начали менять водопровод"), ("italic", "«Хочется наконец налить воду"),
           ("br", "Проверять качество воды после ремонта")],
     body="""
В Краснопольске начали менять водопровод, из-за которого жители микрорайона Сосновка несколько лет жаловались на ржавую воду. До конца года подрядчик заменит почти шесть километров труб, уложенных ещё в 1968 году.

Стоимость работ — 214 миллионов рублей, большую часть выделил областной бюджет. Старые стальные трубы заменят полиэтиленовыми, которые не ржавеют.

«Вода по утрам шла цвета чая. Мы покупали питьевую в бутылях, а белое бельё вообще перестали стирать», — рассказывает жительница улицы Лесной Галина Чернова.

## Как будут идти работы

Работы разбили на три этапа, чтобы не оставлять без воды весь микрорайон сразу.

| Этап | Улицы | Сроки
| Первый | Лесная, Садовая | май — июль
| Второй | Школьная, Мира | июль — сентябрь
| Третий | Заводская, переулок Тихий | сентябрь — ноябрь

На время подключения новых труб воду будут отключать не больше чем на сутки. О каждом отключении обещают предупреждать за три дня.

## Чего опасаются жители

Жители боятся, что после ремонта останутся разрытые дворы. Глава города Сергей Рябинин пообещал, что асфальт и газоны восстановят в течение месяца после окончания работ на каждой улице.

Проверять качество воды после ремонта будет городская лаборатория водоканала.

«Хочется наконец налить воду из крана и ничего не бояться».

Так говорит пенсионерка Лидия Павловна Осокина, которая живёт в Сосновке с 1971 года.

Задать вопросы о ходе работ можно будет на встрече с подрядчиком в Доме культуры 14 мая в 18:00.
"""),

dict(id="h66-ru-002", lang="ru", tpl="ucoz", site="Село Ольховый Кут", kind="small", section="Новости села",
     date="2026-06-22", byline="olhkut_starosta",
     title="Всем селом построили детскую площадку",
     sub="Качели и горку купили на собранные деньги, а лавочки, песочницу и забор жители сделали сами за три субботы.",
     caption="Новая детская площадка возле сельского клуба.", credit="Фото: Виктор Бочаров",
     carry=["gallery"],
     body="""
В нашем селе Ольховый Кут появилась детская площадка. Её построили сами жители за три субботы, на деньги, которые собирали с весны.

Раньше дети играли возле дороги или на заброшенной ферме, и родители всё время переживали. На сходе в марте решили: площадку делаем сами, рядом с клубом.

## Откуда взялись деньги на площадку

Всего собрали 186 тысяч рублей. Часть дали жители, часть — фермер Николай Лаптев, ещё 50 тысяч выделила администрация поселения. Качели и горку купили готовые, а песочницу, лавочки и забор сделали своими руками.

## Кто и чем помогал на стройке

- мужчины ставили столбы и забор
- женщины красили лавочки и сажали цветы
- Николай Лаптев привёз песок и щебень на своём тракторе
- школьники убирали мусор с участка

«Я думал, соберётся человек десять, а пришло почти сорок. Даже дачники из города приехали помогать», — говорит староста села Виктор Бочаров.

В субботу площадку открыли. Была музыка, чай с пирогами, детям раздали шарики. Самой маленькой гостье, Алёнке Сизовой, три года, и она первой скатилась с горки.

Следующая задача — поставить освещение, чтобы на площадке можно было гулять и вечером.

Фотографии с открытия можно посмотреть в нашем фотоальбоме.
"""),

dict(id="h66-ru-003", lang="ru", tpl="chunks", section="Люди", date="2026-02-17", byline="Марина Лапшина",
     title="«Кто тогда здесь останется?»: 33 года в сельском фельдшерском пункте",
     sub="Тамара Ивановна Жукова одна лечит жителей шести деревень. Мы поговорили с ней о метелях, родах и старой «Ниве».",
     caption="Тамара Жукова в фельдшерско-акушерском пункте села Покровка.", credit="Фото: Марина Лапшина",
     look=[("br", "Его мама до сих пор")],
     body="""
Фельдшерско-акушерский пункт в селе Покровка обслуживает шесть деревень. Тамара Ивановна Жукова работает здесь фельдшером 33 года. В декабре ей исполнится 60, но уходить на пенсию она не собирается.

**Как вы попали в Покровку?**

После медучилища дали направление. Приехала на автобусе с одним чемоданом, а тут сугробы по пояс. Думала, поплачу и уеду. Осталась.

**Сколько у вас пациентов?**

Около 900 человек, из них больше половины — пенсионеры. Летом больше: приезжают дачники и внуки.

**Как вы добираетесь до дальних деревень?**

Раньше на попутках и на санях. Теперь у пункта есть своя машина, «Нива». Водителя нет, вожу сама.

**Самый трудный вызов?**

Роды в метель в 2009 году. Скорая из района не могла проехать, дорогу замело. Принимала сама, при свете фонарика. Мальчик родился здоровым, сейчас служит в армии.

Его мама до сих пор каждый год присылает мне открытку.

**Не хотели уехать в город?**

Звали, и не раз. Но кто тогда здесь останется? Молодые сюда не едут.

**Что нужно пункту?**

Новый аппарат для ЭКГ и вторая ставка медсестры. Об этом я уже написала в районную больницу.

Фельдшерский пункт принимает с понедельника по пятницу с 8 до 15 часов, на вызовы — круглосуточно.
"""),
]
